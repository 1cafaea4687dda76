import type { z } from 'zod';
import { CHECKLIST_ANNUAL_FIELDS } from './checklist-annual-fields.ts';
import { CHECKLIST_REGISTER_FIELDS } from './checklist-register-fields.ts';
import { CHECKLIST_TEMPLATE_FIELDS } from './checklist-template-fields.ts';
import { COCKPIT_FIELDS } from './cockpit-fields.ts';
import type { FieldError } from './errors.ts';
import { interpolate, type Lang, type Localized } from './i18n.ts';
import { NOTIFICATION_FIELDS } from './notification-fields.ts';
import { PROJECT_FIELDS } from './project-fields.ts';
import { PROJECT_WORK_FIELDS } from './project-work-fields.ts';
import { REPORT_FIELDS } from './report-fields.ts';
import { TALK_FIELDS } from './talk-fields.ts';
import { TRAINING_FIELDS } from './training-fields.ts';
import { WEBHOOK_FIELDS } from './webhook-fields.ts';

/**
 * Turns zod issues into messages a user understands: which field, and why, in
 * the user's language. The server uses it for 400 answers; the web uses it to
 * show the same words under form fields.
 */

/** Labels of the fields that forms and APIs use; unknown fields show their path. */
export const FIELD_LABELS: Record<string, Localized> = {
  ...CHECKLIST_ANNUAL_FIELDS,
  ...CHECKLIST_REGISTER_FIELDS,
  ...CHECKLIST_TEMPLATE_FIELDS,
  ...PROJECT_FIELDS,
  ...PROJECT_WORK_FIELDS,
  ...TRAINING_FIELDS,
  ...TALK_FIELDS,
  ...COCKPIT_FIELDS,
  ...NOTIFICATION_FIELDS,
  ...WEBHOOK_FIELDS,
  ...REPORT_FIELDS,
  username: { 'zh-CN': '用户名', 'en-US': 'Username' },
  password: { 'zh-CN': '密码', 'en-US': 'Password' },
  currentPassword: { 'zh-CN': '当前密码', 'en-US': 'Current password' },
  newPassword: { 'zh-CN': '新密码', 'en-US': 'New password' },
  displayName: { 'zh-CN': '姓名', 'en-US': 'Name' },
  disabled: { 'zh-CN': '停用', 'en-US': 'Disabled' },
  roles: { 'zh-CN': '角色', 'en-US': 'Roles' },
  scopeUnitIds: { 'zh-CN': '数据范围', 'en-US': 'Data scope' },
  version: { 'zh-CN': '版本号', 'en-US': 'Version' },
  id: { 'zh-CN': '编号', 'en-US': 'ID' },
  page: { 'zh-CN': '页码', 'en-US': 'Page' },
  pageSize: { 'zh-CN': '每页条数', 'en-US': 'Page size' },
  from: { 'zh-CN': '开始时间', 'en-US': 'From' },
  to: { 'zh-CN': '结束时间', 'en-US': 'To' },
  actor: { 'zh-CN': '操作人', 'en-US': 'Actor' },
  action: { 'zh-CN': '操作', 'en-US': 'Action' },
  targetType: { 'zh-CN': '对象类型', 'en-US': 'Target type' },
  targetId: { 'zh-CN': '对象编号', 'en-US': 'Target ID' },
  passwordExpiryDays: { 'zh-CN': '密码有效期（天）', 'en-US': 'Password expiry (days)' },
  passwordHistory: { 'zh-CN': '不得重复的历史密码个数', 'en-US': 'Password history' },
  sessionIdleMinutes: { 'zh-CN': '会话空闲超时（分钟）', 'en-US': 'Idle timeout (minutes)' },
  sessionAbsoluteHours: { 'zh-CN': '会话最长有效期（小时）', 'en-US': 'Session lifetime (hours)' },
  lockoutThreshold: { 'zh-CN': '锁定前允许连续失败次数', 'en-US': 'Failures before lockout' },
  lockoutMinutes: { 'zh-CN': '锁定时长（分钟）', 'en-US': 'Lockout (minutes)' },
  loginRatePerMinute: { 'zh-CN': '每个IP每分钟登录次数上限', 'en-US': 'Logins per IP per minute' },
  code: { 'zh-CN': '编码', 'en-US': 'Code' },
  name: { 'zh-CN': '名称', 'en-US': 'Name' },
  kind: { 'zh-CN': '类型', 'en-US': 'Kind' },
  parentId: { 'zh-CN': '上级', 'en-US': 'Parent' },
  unitId: { 'zh-CN': '所属机构', 'en-US': 'Unit' },
  sortOrder: { 'zh-CN': '排序号', 'en-US': 'Sort order' },
  employeeNo: { 'zh-CN': '工号', 'en-US': 'Employee number' },
  gender: { 'zh-CN': '性别', 'en-US': 'Gender' },
  position: { 'zh-CN': '职务', 'en-US': 'Position' },
  cadreGrade: { 'zh-CN': '干部层级', 'en-US': 'Cadre grade' },
  employmentStatus: { 'zh-CN': '用工状态', 'en-US': 'Employment status' },
  hiredOn: { 'zh-CN': '入职日期', 'en-US': 'Hired on' },
  leftOn: { 'zh-CN': '离职日期', 'en-US': 'Left on' },
  partyStatus: { 'zh-CN': '政治面貌', 'en-US': 'Party status' },
  joinedPartyOn: { 'zh-CN': '入党日期', 'en-US': 'Joined the party on' },
  fullMemberOn: { 'zh-CN': '转正日期', 'en-US': 'Full member since' },
  partyOrgId: { 'zh-CN': '所在党组织', 'en-US': 'Party org' },
  partyRelation: { 'zh-CN': '组织关系所在', 'en-US': 'Party relation held' },
  externalOrgName: { 'zh-CN': '地方党组织名称', 'en-US': 'Local party org' },
  phone: { 'zh-CN': '手机号', 'en-US': 'Phone' },
  idNumber: { 'zh-CN': '身份证号', 'en-US': 'ID number' },
  termStart: { 'zh-CN': '任期开始', 'en-US': 'Term start' },
  termEnd: { 'zh-CN': '任期结束', 'en-US': 'Term end' },
  foundedOn: { 'zh-CN': '成立日期', 'en-US': 'Founded on' },
  dissolvedOn: { 'zh-CN': '撤销日期', 'en-US': 'Dissolved on' },
  personId: { 'zh-CN': '人员', 'en-US': 'Person' },
  role: { 'zh-CN': '职务', 'en-US': 'Role' },
  startedOn: { 'zh-CN': '任职日期', 'en-US': 'Started on' },
  endedOn: { 'zh-CN': '离任日期', 'en-US': 'Ended on' },
  effectiveOn: { 'zh-CN': '生效日期', 'en-US': 'Effective on' },
  toId: { 'zh-CN': '调入对象', 'en-US': 'Destination' },
  note: { 'zh-CN': '备注', 'en-US': 'Note' },
  q: { 'zh-CN': '搜索', 'en-US': 'Search' },
  // Columns of the registry import sheets (contracts/registry-sheets.ts).
  parentCode: { 'zh-CN': '上级编码', 'en-US': 'Parent code' },
  unitCode: { 'zh-CN': '所属机构编码', 'en-US': 'Unit code' },
  partyOrgCode: { 'zh-CN': '所在党组织编码', 'en-US': 'Party org code' },
  secretaryNo: { 'zh-CN': '书记工号', 'en-US': 'Secretary (employee no.)' },
  deputyNo: { 'zh-CN': '副书记工号', 'en-US': 'Deputy secretary (employee no.)' },
  memberNos: { 'zh-CN': '委员工号', 'en-US': 'Committee members (employee nos.)' },
  active: { 'zh-CN': '状态', 'en-US': 'Status' },
  scheme: { 'zh-CN': '方案', 'en-US': 'Scheme' },
  targetCode: { 'zh-CN': '对象编码', 'en-US': 'Target code' },
  startsOn: { 'zh-CN': '开始日期', 'en-US': 'Starts on' },
  endsOn: { 'zh-CN': '结束日期', 'en-US': 'Ends on' },
  // Pairings, rules and records.
  schemeId: { 'zh-CN': '结对制度', 'en-US': 'Scheme' },
  targetUnitId: { 'zh-CN': '结对对象', 'en-US': 'Target' },
  targetPartyOrgId: { 'zh-CN': '结对党组织', 'en-US': 'Target party org' },
  targetIds: { 'zh-CN': '结对对象', 'en-US': 'Targets' },
  targetKinds: { 'zh-CN': '对象类型', 'en-US': 'Target kinds' },
  subject: { 'zh-CN': '考核对象', 'en-US': 'Subject' },
  actionKind: { 'zh-CN': '动作类型', 'en-US': 'Action kind' },
  period: { 'zh-CN': '周期', 'en-US': 'Period' },
  minCount: { 'zh-CN': '最少次数', 'en-US': 'Minimum count' },
  effectiveFrom: { 'zh-CN': '生效日期', 'en-US': 'Effective from' },
  effectiveTo: { 'zh-CN': '失效日期', 'en-US': 'Effective to' },
  occurredAt: { 'zh-CN': '活动时间', 'en-US': 'Date and time' },
  pairingId: { 'zh-CN': '结对', 'en-US': 'Pairing' },
  mode: { 'zh-CN': '开展方式', 'en-US': 'Mode' },
  presenterId: { 'zh-CN': '主讲人', 'en-US': 'Presenter' },
  title: { 'zh-CN': '主题', 'en-US': 'Title' },
  // Concerns (意见建议) and their follow-up.
  category: { 'zh-CN': '问题类别', 'en-US': 'Category' },
  description: { 'zh-CN': '具体内容', 'en-US': 'Description' },
  recordId: { 'zh-CN': '关联纪实', 'en-US': 'Linked record' },
  anonymous: { 'zh-CN': '匿名', 'en-US': 'Anonymous' },
  reason: { 'zh-CN': '理由', 'en-US': 'Reason' },
  departmentId: { 'zh-CN': '归口部门', 'en-US': 'Owning department' },
  overrideReason: { 'zh-CN': '改派理由', 'en-US': 'Reason for overriding the routing' },
  handlerAccountId: { 'zh-CN': '指定责任人', 'en-US': 'Designated handler' },
  satisfaction: { 'zh-CN': '满意度', 'en-US': 'Satisfaction' },
  comment: { 'zh-CN': '评价', 'en-US': 'Comment' },
  nameZh: { 'zh-CN': '中文名称', 'en-US': 'Chinese name' },
  nameEn: { 'zh-CN': '英文名称', 'en-US': 'English name' },
  slaDays: { 'zh-CN': '办理时限（天）', 'en-US': 'SLA (days)' },
  slaDayKind: { 'zh-CN': '时限计算方式', 'en-US': 'SLA day kind' },
  day: { 'zh-CN': '日期', 'en-US': 'Day' },
  working: { 'zh-CN': '是否工作日', 'en-US': 'Working day' },
  heldOn: { 'zh-CN': '会议日期', 'en-US': 'Meeting date' },
  items: { 'zh-CN': '研究事项', 'en-US': 'Items' },
  concernId: { 'zh-CN': '意见建议', 'en-US': 'Concern' },
  decision: { 'zh-CN': '党委决定', 'en-US': 'Decision' },
  ownerDepartmentId: { 'zh-CN': '牵头落实部门', 'en-US': 'Owner department' },
  ownerNote: { 'zh-CN': '落实要求', 'en-US': 'Owner note' },
  writeUp: { 'zh-CN': '典型事迹', 'en-US': 'Write-up' },
  occurredOn: { 'zh-CN': '日期', 'en-US': 'Date' },

  content: { 'zh-CN': '内容', 'en-US': 'Content' },
  outcomes: { 'zh-CN': '成效或决议', 'en-US': 'Outcomes' },
  standardItems: { 'zh-CN': '四个标准动作', 'en-US': 'Standard items' },
  attendees: { 'zh-CN': '参加人员', 'en-US': 'Attendees' },
  absenceReason: { 'zh-CN': '缺席原因', 'en-US': 'Absence reason' },
  file: { 'zh-CN': '附件', 'en-US': 'Attachment' },
  editWindowDays: { 'zh-CN': '可修改天数', 'en-US': 'Edit window (days)' },
  timeZone: { 'zh-CN': '时区', 'en-US': 'Time zone' },
};

const REASONS: Record<string, Localized> = {
  required: { 'zh-CN': '不能为空', 'en-US': 'is required' },
  invalid_type: { 'zh-CN': '类型不正确，应为{expected}', 'en-US': 'must be {expected}' },
  too_short: { 'zh-CN': '至少需要 {min} 个字符', 'en-US': 'must be at least {min} characters' },
  too_long: { 'zh-CN': '不能超过 {max} 个字符', 'en-US': 'must be at most {max} characters' },
  too_few: { 'zh-CN': '至少需要 {min} 项', 'en-US': 'needs at least {min} items' },
  too_many: { 'zh-CN': '不能超过 {max} 项', 'en-US': 'allows at most {max} items' },
  too_small: { 'zh-CN': '不能小于 {min}', 'en-US': 'must be at least {min}' },
  too_big: { 'zh-CN': '不能大于 {max}', 'en-US': 'must be at most {max}' },
  invalid_format: { 'zh-CN': '格式不正确', 'en-US': 'has an invalid format' },
  invalid_value: { 'zh-CN': '取值不在允许范围内', 'en-US': 'has a value that is not allowed' },
  unknown_field: { 'zh-CN': '是不允许的字段', 'en-US': 'is not an allowed field' },
  not_integer: { 'zh-CN': '应为整数', 'en-US': 'must be a whole number' },
  invalid: { 'zh-CN': '无效', 'en-US': 'is invalid' },
  invalid_date: { 'zh-CN': '不是有效的日期（应为 YYYY-MM-DD）', 'en-US': 'is not a valid date (YYYY-MM-DD)' },
  id_number_format: { 'zh-CN': '应为 18 位身份证号码', 'en-US': 'must be an 18-character ID number' },
  id_number_birth_date: { 'zh-CN': '中的出生日期无效', 'en-US': 'has an invalid birth date' },
  id_number_checksum: { 'zh-CN': '校验码错误', 'en-US': 'fails its checksum' },
  invalid_time_zone: {
    'zh-CN': '不是有效的时区名称（如 Asia/Shanghai）',
    'en-US': 'is not a known time zone (e.g. Asia/Shanghai)',
  },
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { 'zh-CN': '文本', 'en-US': 'text' },
  number: { 'zh-CN': '数字', 'en-US': 'a number' },
  int: { 'zh-CN': '整数', 'en-US': 'a whole number' },
  boolean: { 'zh-CN': '是/否', 'en-US': 'true or false' },
  array: { 'zh-CN': '列表', 'en-US': 'a list' },
  object: { 'zh-CN': '对象', 'en-US': 'an object' },
  date: { 'zh-CN': '日期', 'en-US': 'a date' },
};

export function fieldLabel(field: string, lang: Lang): string {
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? field;
  return FIELD_LABELS[field]?.[lang] ?? FIELD_LABELS[last]?.[lang] ?? field;
}

function reasonOf(issue: z.core.$ZodIssue): { reason: string; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { reason: 'required', params: {} };
      return { reason: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small': {
      const min = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string')
        return min <= 1 ? { reason: 'required', params: {} } : { reason: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_few', params: { min } };
      return { reason: 'too_small', params: { min: String(issue.minimum) } };
    }
    case 'too_big': {
      const max = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string') return { reason: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_many', params: { max } };
      return { reason: 'too_big', params: { max: String(issue.maximum) } };
    }
    case 'invalid_format':
      return { reason: 'invalid_format', params: {} };
    case 'invalid_value':
      return { reason: 'invalid_value', params: {} };
    case 'unrecognized_keys':
      return { reason: 'unknown_field', params: {} };
    case 'custom': {
      const key = typeof issue.params?.reason === 'string' ? issue.params.reason : 'invalid';
      return { reason: key, params: {} };
    }
    default:
      return { reason: 'invalid', params: {} };
  }
}

/** Localized field errors for a list of zod issues (unknown keys become one error per key). */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], lang: Lang): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (base ? `${base}.${k}` : k)) : [base];
    const { reason, params } = reasonOf(issue);
    const typed = params.expected
      ? { ...params, expected: TYPE_NAMES[String(params.expected)]?.[lang] ?? params.expected }
      : params;
    const template =
      REASONS[reason]?.[lang] ?? (typeof issue.message === 'string' ? issue.message : REASONS.invalid![lang]);
    for (const field of fields) {
      const label = field ? fieldLabel(field, lang) : lang === 'zh-CN' ? '请求内容' : 'Request';
      const sep = lang === 'zh-CN' ? '' : ' ';
      out.push({ field, reason, message: `「${label}」${sep}${interpolate(template, typed)}` });
    }
  }
  return out;
}

/** One line summarizing field errors, for the top-level message. */
export function summarize(errors: readonly FieldError[], lang: Lang): string {
  return errors.map((e) => e.message).join(lang === 'zh-CN' ? '；' : '; ');
}
