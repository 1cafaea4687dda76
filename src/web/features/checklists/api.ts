import { checklistTemplateList, type TemplateListQuery } from '../../../contracts/checklists.ts';
import { api, withQuery } from '../../app/api/client.ts';

/** Calls shared by the checklist pages (templates, register, annual). */

export const checklistKeys = {
  templates: (q: TemplateListQuery = {}) => ['checklist-templates', q] as const,
  template: (id: number) => ['checklist-template', id] as const,
};

export const fetchTemplates = (q: TemplateListQuery = {}) =>
  api('GET', withQuery('/api/checklist-templates', q), checklistTemplateList);
