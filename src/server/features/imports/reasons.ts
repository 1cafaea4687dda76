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
} satisfies Record<string, Localized>;

export type ImportReason = keyof typeof IMPORT_REASONS;
