import type { ImportKind } from './imports.ts';
import type { EnumName } from './registry-enums.ts';

/**
 * The spreadsheet layout of each registry list: the import template, the import
 * parser and the exports share it, so an export can be edited and re-imported.
 * Headers are Chinese (the users' language); `*` in a template marks a required column.
 */
export interface SheetColumn {
  key: string;
  header: string;
  required: boolean;
  /** Values come from an enumeration's Chinese labels (a drop-down in the template). */
  enumName?: EnumName | 'unitKind';
  kind?: 'text' | 'date' | 'int';
  example: string;
  width?: number;
  /** Shown in full only to callers allowed to see sensitive data; masked otherwise. */
  sensitive?: boolean;
  /** Written by exports for people to read, left out of templates and ignored by imports. */
  exportOnly?: boolean;
}

export const SHEET_NAMES: Record<ImportKind, string> = {
  units: '机构',
  party_orgs: '党组织',
  people: '人员',
  pairings: '结对',
};

export const SHEETS: Record<ImportKind, SheetColumn[]> = {
  units: [
    { key: 'code', header: '机构编码', required: true, example: 'JN0104', width: 14 },
    { key: 'name', header: '机构名称', required: true, example: '青州东关支行', width: 24 },
    { key: 'kind', header: '机构类型', required: true, enumName: 'unitKind', example: '支行', width: 12 },
    { key: 'parentCode', header: '上级机构编码', required: false, example: 'JN01', width: 14 },
    { key: 'parentName', header: '上级机构名称', required: false, example: '', width: 20, exportOnly: true },
    { key: 'sortOrder', header: '排序号', required: false, kind: 'int', example: '4', width: 8 },
    { key: 'active', header: '状态', required: false, example: '启用', width: 8 },
  ],
  party_orgs: [
    { key: 'code', header: '党组织编码', required: true, example: 'DZB-JN010101', width: 16 },
    { key: 'name', header: '党组织名称', required: true, example: '青州人民路网点党支部', width: 28 },
    { key: 'kind', header: '组织类型', required: true, enumName: 'partyOrgKind', example: '党支部', width: 10 },
    { key: 'unitCode', header: '所属机构编码', required: true, example: 'JN010101', width: 14 },
    { key: 'unitName', header: '所属机构名称', required: false, example: '', width: 20, exportOnly: true },
    { key: 'parentCode', header: '上级党组织编码', required: false, example: 'DW-JN01', width: 16 },
    { key: 'termStart', header: '本届任期开始', required: false, kind: 'date', example: '2025-03-01', width: 14 },
    { key: 'termEnd', header: '本届任期结束', required: false, kind: 'date', example: '2028-02-29', width: 14 },
    { key: 'foundedOn', header: '成立日期', required: false, kind: 'date', example: '2012-07-01', width: 12 },
    { key: 'dissolvedOn', header: '撤销日期', required: false, kind: 'date', example: '', width: 12 },
    { key: 'secretaryNo', header: '书记工号', required: false, example: 'E000123', width: 12 },
    { key: 'deputyNo', header: '副书记工号', required: false, example: '', width: 12 },
    { key: 'memberNos', header: '委员工号（逗号分隔）', required: false, example: 'E000124,E000125', width: 24 },
  ],
  people: [
    { key: 'employeeNo', header: '工号', required: true, example: 'E000123', width: 12 },
    { key: 'name', header: '姓名', required: true, example: '张伟', width: 10 },
    { key: 'gender', header: '性别', required: true, enumName: 'gender', example: '男', width: 6 },
    { key: 'unitCode', header: '所属机构编码', required: true, example: 'JN010101', width: 14 },
    { key: 'unitName', header: '所属机构名称', required: false, example: '', width: 20, exportOnly: true },
    { key: 'position', header: '职务', required: false, example: '网点负责人', width: 14 },
    {
      key: 'cadreGrade',
      header: '干部层级',
      required: true,
      enumName: 'cadreGrade',
      example: '基层管理人员',
      width: 14,
    },
    {
      key: 'employmentStatus',
      header: '用工状态',
      required: true,
      enumName: 'employmentStatus',
      example: '在职',
      width: 10,
    },
    { key: 'hiredOn', header: '入职日期', required: false, kind: 'date', example: '2015-07-01', width: 12 },
    { key: 'leftOn', header: '离职日期', required: false, kind: 'date', example: '', width: 12 },
    { key: 'partyStatus', header: '政治面貌', required: true, enumName: 'partyStatus', example: '中共党员', width: 14 },
    { key: 'joinedPartyOn', header: '入党日期', required: false, kind: 'date', example: '2012-06-20', width: 12 },
    { key: 'fullMemberOn', header: '转正日期', required: false, kind: 'date', example: '2013-06-20', width: 12 },
    { key: 'partyOrgCode', header: '所在党组织编码', required: false, example: 'DZB-JN010101', width: 16 },
    { key: 'partyOrgName', header: '所在党组织名称', required: false, example: '', width: 24, exportOnly: true },
    {
      key: 'partyRelation',
      header: '组织关系所在',
      required: false,
      enumName: 'partyRelation',
      example: '本企业',
      width: 12,
    },
    { key: 'externalOrgName', header: '地方党组织名称', required: false, example: '', width: 20 },
    { key: 'phone', header: '手机号', required: false, example: '13800001234', width: 14, sensitive: true },
    { key: 'idNumber', header: '身份证号', required: false, example: '110101199003074514', width: 22, sensitive: true },
  ],
  // Natural key of a pairing: scheme, holder, target and start date (the pairing list's export has the same layout).
  pairings: [
    { key: 'scheme', header: '方案', required: true, example: '党建辅导员（日常联系人）', width: 24 },
    { key: 'employeeNo', header: '人员工号', required: true, example: 'E000123', width: 12 },
    { key: 'personName', header: '人员姓名', required: false, example: '', width: 10, exportOnly: true },
    { key: 'targetCode', header: '对象编码', required: true, example: 'JN010101', width: 16 },
    { key: 'targetName', header: '对象名称', required: false, example: '', width: 24, exportOnly: true },
    { key: 'startsOn', header: '开始日期', required: true, kind: 'date', example: '2026-01-01', width: 12 },
    { key: 'endsOn', header: '结束日期', required: false, kind: 'date', example: '', width: 12 },
    { key: 'note', header: '备注', required: false, example: '', width: 24 },
  ],
};

/** Column letter of a 0-based index (A, B, …, Z, AA…). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
