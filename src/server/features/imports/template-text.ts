import { IMPORT_LIMITS, type ImportKind } from '../../../contracts/imports.ts';
import { ENUM_LABELS } from '../../../contracts/registry-enums.ts';
import { SHEET_NAMES, type SheetColumn } from '../../../contracts/registry-sheets.ts';
import type { Vocabulary } from '../../../contracts/vocabulary.ts';
import { ACTIVE_CHOICES, unitKindChoices } from './validate-units.ts';

/** The words of the template's guide: how each column is filled and the rules of an import. */

const CODE = '字母、数字、“-”或“_”，最长 32 位';

/** What a column holds: its format or its allowed values. */
export function columnFormat(c: SheetColumn, vocabulary: Vocabulary): string {
  if (c.enumName === 'unitKind') return `可选：${unitKindChoices(vocabulary).allowed.join('、')}`;
  if (c.enumName)
    return `可选：${Object.values(ENUM_LABELS[c.enumName])
      .map((l) => l['zh-CN'])
      .join('、')}`;
  if (c.key === 'active') return `可选：${ACTIVE_CHOICES.allowed.join('、')}`;
  if (c.kind === 'date') return '日期，格式 YYYY-MM-DD（如 2015-07-01）';
  if (c.kind === 'int') return '整数';
  switch (c.key) {
    case 'employeeNo':
      return '字母、数字或“-”，最长 32 位';
    case 'secretaryNo':
    case 'deputyNo':
      return '一个工号';
    case 'memberNos':
      return '多个工号用逗号分隔';
    case 'phone':
      return '11 位手机号，或固定电话（如 010-12345678）';
    case 'idNumber':
      return '18 位居民身份证号码，末位可为 X';
    case 'scheme':
      return '方案名称（见下拉列表）或方案编码';
    case 'note':
      return '文本，最长 200 字';
    default:
      return c.key === 'code' || c.key.endsWith('Code') ? CODE : '文本';
  }
}

const NOTES: Partial<Record<ImportKind, Record<string, string>>> = {
  units: {
    code: '机构的唯一标识：已有的编码更新该机构，新的编码新增机构',
    parentCode: '新增机构必填；已有机构留空表示上级不变，填写另一个上级即把该机构连同下级一起移动过去',
    sortOrder: '同级机构中的顺序；留空表示不变（新机构按行序）',
    active: '留空表示不变（新机构为启用）；停用前须先停用其下级机构',
  },
  party_orgs: {
    code: '党组织的唯一标识：已有的编码更新该组织，新的编码新增组织',
    unitCode: '党组织所属的机构，须在您的数据范围内',
    parentCode: '留空表示没有上级党组织；上级可以是本文件中的党组织',
    termEnd: '留空时按任期年限从任期开始计算（党委 5 年，党总支、党支部 3 年）',
    secretaryNo:
      '书记、副书记和委员三列即为现任委员会：未列出的现任成员今日离任，新列出的今日起任职；文件中没有这三列时委员会不变',
    deputyNo: '同“书记工号”',
    memberNos: '同“书记工号”；须为在职党员',
  },
  people: {
    employeeNo: '人员的唯一标识：已有的工号更新该人员，新的工号新增人员',
    unitCode: '改为另一个机构即调动，系统自动记录调动（今日生效）',
    partyOrgCode: '改为另一个党组织即转接组织关系，系统自动记录（今日生效）',
    phone: '留空即清除；导出文件中的脱敏值（如 138****1234）原样导入时保持不变',
    idNumber: '留空即清除；导出文件中的脱敏值原样导入时保持不变',
  },
  pairings: {
    scheme: '结对方案（结对制度）；已停用的方案不能新增结对',
    employeeNo: '结对人的工号：须为在职人员，且在您的数据范围内',
    targetCode: '方案的对象为机构时填机构编码（如网点），为党组织时填党组织编码；须在您的数据范围内',
    startsOn: '与方案、人员工号、对象编码一起确定一条结对',
    endsOn: '留空表示持续有效；填写即到该日结束结对（结对及其纪实保留），不能早于开始日期',
  },
};

/** The note of a column header and the guide's remark. */
export function columnNote(kind: ImportKind, c: SheetColumn, vocabulary: Vocabulary): string {
  const parts = [c.required ? '必填' : '选填', columnFormat(c, vocabulary)];
  const note = NOTES[kind]?.[c.key];
  if (note) parts.push(note);
  if (c.example) parts.push(`示例：${c.example}`);
  return parts.join('。');
}

const KEYS: Record<ImportKind, string> = {
  units: '机构编码',
  party_orgs: '党组织编码',
  people: '工号',
  pairings: '方案 + 人员工号 + 对象编码 + 开始日期',
};

/** The rules every import follows, then the kind's own. */
export function generalRules(kind: ImportKind): string[] {
  const own: Record<ImportKind, string[]> = {
    units: ['机构类型按本单位对各级机构的称谓填写（见下拉列表）。'],
    party_orgs: [
      '委员会成员须是已导入的在职党员。建议顺序：机构 → 党组织（先不填委员会）→ 人员 → 再次导入党组织填写委员会。',
    ],
    people: ['所属机构、所在党组织须已存在；党员的组织关系、党组织、日期须符合与系统录入相同的规则。'],
    pairings: [
      '结对须符合与系统录入相同的规则：结对人为在职人员；对象符合方案的对象类型（如党代表联系点只能是无党员网点）；同一方案下同一人员与同一对象的结对时间不能重叠（文件内和系统中都算）。',
      '已有的结对只更新结束日期和备注；结对列表导出的文件可以修改后原样导入。',
    ],
  };
  return [
    `请在工作表“${SHEET_NAMES[kind]}”中填写，第 1 行为表头，请勿修改表头文字；列的顺序可以调整，带 * 的列必须有且必填。`,
    '日期一律写成 YYYY-MM-DD（如 2015-07-01）。',
    `“${KEYS[kind]}”是唯一标识：系统中已有的记录按它更新，没有的新增；同一文件中不能重复。`,
    '文件中没有的选填列保持原值不变；有该列而单元格留空表示清空（另有说明的除外）。',
    '上传后先“校验”，系统逐行逐列列出全部问题；任何一行有问题时整个文件都不会导入（要么全部导入，要么都不导入）。',
    '重复导入同一文件不会产生任何变化；修改后的文件按唯一标识更新，并报告新增、更新、未变化的条数。',
    `每个文件最多 ${IMPORT_LIMITS.maxRows.toLocaleString('en-US')} 行数据、不超过 ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB，须为 .xlsx 格式。`,
    '只能导入您数据范围内的记录，引用的机构、党组织和人员也须在您的数据范围内。',
    ...own[kind],
  ];
}
