import type { Localized } from '../../../contracts/i18n.ts';

/**
 * What can be wrong with a cell of an import, in words the person who typed the
 * sheet understands. {label} is the column, {value} the cell as typed; the rest
 * are the reason's own parameters.
 */
export const IMPORT_REASONS = {
  required: { 'zh-CN': '「{label}」不能为空', 'en-US': '「{label}」 is required' },
  required_for_new: { 'zh-CN': '「{label}」新增记录时必须填写', 'en-US': '「{label}」 is required for a new record' },
  invalid_enum: {
    'zh-CN': '「{label}」“{value}”不是可选的值，可选：{allowed}',
    'en-US': '「{label}」 "{value}" is not an allowed value; allowed: {allowed}',
  },
  invalid_date: {
    'zh-CN': '「{label}」“{value}”不是有效的日期（应为 YYYY-MM-DD）',
    'en-US': '「{label}」 "{value}" is not a valid date (YYYY-MM-DD)',
  },
  not_integer: { 'zh-CN': '「{label}」“{value}”应为整数', 'en-US': '「{label}」 "{value}" must be a whole number' },
  out_of_range: {
    'zh-CN': '「{label}」应在 {min} 到 {max} 之间',
    'en-US': '「{label}」 must be between {min} and {max}',
  },
  invalid_code: {
    'zh-CN': '「{label}」“{value}”只能由字母、数字、“-”和“_”组成，最长 32 位',
    'en-US': '「{label}」 "{value}" may hold letters, digits, "-" and "_" only, at most 32',
  },
  invalid_format: { 'zh-CN': '「{label}」“{value}”格式不正确', 'en-US': '「{label}」 "{value}" has an invalid format' },
  masked_value: {
    'zh-CN': '「{label}」“{value}”是脱敏后的值且与系统中的不符，请填写完整的值',
    'en-US': '「{label}」 "{value}" is masked and does not match the stored value; type it in full',
  },
  too_long: { 'zh-CN': '「{label}」不能超过 {max} 个字符', 'en-US': '「{label}」 must be at most {max} characters' },
  id_number_format: {
    'zh-CN': '「{label}」应为 18 位身份证号码',
    'en-US': '「{label}」 must be an 18-character ID number',
  },
  id_number_birth_date: { 'zh-CN': '「{label}」中的出生日期无效', 'en-US': '「{label}」 has an invalid birth date' },
  id_number_checksum: { 'zh-CN': '「{label}」校验码错误', 'en-US': '「{label}」 fails its checksum' },
  duplicate_in_file: {
    'zh-CN': '「{label}」“{value}”与第 {first} 行重复',
    'en-US': '「{label}」 "{value}" repeats row {first}',
  },
  unknown_ref: {
    'zh-CN': '「{label}」“{value}”不存在或不在您的数据范围内',
    'en-US': '「{label}」 "{value}" does not exist or is outside your data scope',
  },
  taken_outside_scope: {
    'zh-CN': '「{label}」“{value}”已被您数据范围以外的记录使用，不能导入',
    'en-US': '「{label}」 "{value}" belongs to a record outside your data scope',
  },
  cycle: {
    'zh-CN': '「{label}」“{value}”会形成循环：不能位于自身或其下级之下',
    'en-US': '「{label}」 "{value}" makes a cycle: nothing can sit under itself or its descendants',
  },
  inactive_parent: {
    'zh-CN': '「{label}」上级“{value}”已停用，启用的机构不能位于停用的机构之下',
    'en-US': '「{label}」 the parent "{value}" is inactive; an active unit cannot sit under it',
  },
  active_children: {
    'zh-CN': '「{label}」还有启用的下级机构（{value}），请先停用下级机构',
    'en-US': '「{label}」 it still has active child units ({value}); deactivate them first',
  },
  not_active_member: {
    'zh-CN': '「{label}」“{value}”不是在职党员，不能进入委员会',
    'en-US': '「{label}」 "{value}" is not an active party member and cannot sit on the committee',
  },
  duplicate_seat: {
    'zh-CN': '「{label}」“{value}”在本组织委员会中重复出现',
    'en-US': '「{label}」 "{value}" appears twice on the committee',
  },
  single_value: { 'zh-CN': '「{label}」只能填写一个工号', 'en-US': '「{label}」 takes one employee number' },
  before_start: { 'zh-CN': '「{label}」不能早于任期开始', 'en-US': '「{label}」 cannot be before the term start' },
  before_founded: { 'zh-CN': '「{label}」不能早于成立日期', 'en-US': '「{label}」 cannot be before the founding date' },
  // Pairings (the same rules as features/pairings/targets.ts).
  unknown_scheme: {
    'zh-CN': '「{label}」“{value}”不是已有的结对方案，请填写方案名称或方案编码',
    'en-US': '「{label}」 "{value}" is no scheme; give a scheme name or code',
  },
  ambiguous_scheme: {
    'zh-CN': '「{label}」有多个方案名为“{value}”，请改填方案编码',
    'en-US': '「{label}」 several schemes are named "{value}"; give the scheme code',
  },
  inactive_scheme: {
    'zh-CN': '「{label}」方案“{value}”已停用，不能新增结对',
    'en-US': '「{label}」 the scheme "{value}" is inactive; no new pairing',
  },
  wrong_target_kind: {
    'zh-CN': '「{label}」“{value}”不是本方案的结对对象（类型不符或已停用）',
    'en-US': '「{label}」 "{value}" is not a target of this scheme (kind, or inactive)',
  },
  not_blank_outlet: {
    'zh-CN': '「{label}」“{value}”有党员，不是无党员网点，本方案只能与无党员网点结对',
    'en-US': '「{label}」 "{value}" has party members; this scheme pairs with blank outlets only',
  },
  holder_not_active: {
    'zh-CN': '「{label}」“{value}”不是在职人员，只能由在职人员结对',
    'en-US': '「{label}」 "{value}" is not active staff; only active staff hold pairings',
  },
  pairing_exists: {
    'zh-CN': '「{label}」该人员在此方案下与“{value}”在此期间已有结对（{since} 开始）',
    'en-US': '「{label}」 the person is already paired with "{value}" under this scheme in that period (from {since})',
  },
  overlaps_in_file: {
    'zh-CN': '「{label}」“{value}”与第 {first} 行是同一方案、同一人员的结对，时间重叠',
    'en-US':
      '「{label}」 "{value}" pairs the same person under the same scheme as row {first}, in an overlapping period',
  },
  ends_before_start: { 'zh-CN': '「{label}」不能早于开始日期', 'en-US': '「{label}」 cannot be before the start date' },
} satisfies Record<string, Localized>;

export type ImportReason = keyof typeof IMPORT_REASONS;
