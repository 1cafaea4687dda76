import {
  gapsSchema,
  onlineHoursList,
  personRecord,
  type RequirementsBody,
  requirementsSchema,
  trainingImportResult,
} from '../../../../contracts/training.ts';
import { api, upload, withQuery } from '../../../app/api/client.ts';
import { downloadFrom } from '../../../app/api/download.ts';

/** The calls of the gaps page, the online-hours page and a person's record. */
export const recordKeys = {
  all: ['training-records'] as const,
  gaps: (year: number, unitId: number | null) => ['training-records', 'gaps', year, unitId] as const,
  requirements: (year: number) => ['training-records', 'requirements', year] as const,
  online: (year: number, unitId: number | null) => ['training-records', 'online', year, unitId] as const,
  person: (id: number, year: number) => ['training-records', 'person', id, year] as const,
};

export const fetchGaps = (year: number, unitId: number | undefined) =>
  api('GET', withQuery('/api/training/gaps', { year, unitId }), gapsSchema);
export const exportGaps = (year: number, unitId: number | undefined) =>
  downloadFrom(withQuery('/api/training/gaps/export', { year, unitId }), `training-gaps-${year}.xlsx`);

export const fetchRequirements = (year: number) => api('GET', `/api/training/requirements/${year}`, requirementsSchema);
export const putRequirements = (year: number, body: RequirementsBody) =>
  api('PUT', `/api/training/requirements/${year}`, requirementsSchema, body);

export const fetchOnlineHours = (year: number, unitId: number | undefined) =>
  api('GET', withQuery('/api/training/online-hours', { year, unitId }), onlineHoursList);
export const downloadOnlineTemplate = () =>
  downloadFrom('/api/training/online-hours/template', 'online-hours-template.xlsx');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** CSV goes as text/csv (the server reads UTF-8 with or without a BOM), anything else as xlsx. */
export const importContentType = (fileName: string) => (/\.csv$/i.test(fileName) ? 'text/csv' : XLSX);
export const importOnlineHours = (mode: 'dry_run' | 'commit', file: File) =>
  upload(withQuery('/api/training/online-hours/import', { mode }), trainingImportResult, {
    data: file,
    contentType: importContentType(file.name),
  });

export const fetchPersonRecord = (id: number, year: number) =>
  api('GET', withQuery(`/api/training/people/${id}/record`, { year }), personRecord);
