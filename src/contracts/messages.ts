import type { ErrorCode } from './errors.ts';
import { interpolate, type Lang, type Localized } from './i18n.ts';

/** The localized message of each API error code; {placeholders} come from the error's params. */
export const ERROR_MESSAGES: Record<ErrorCode, Localized> = {
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误：{summary}', 'en-US': 'The input is invalid: {summary}' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码不正确',
    'en-US': 'Incorrect username or password',
  },
  ACCOUNT_LOCKED: {
    'zh-CN': '连续登录失败次数过多，请 {minutes} 分钟后再试',
    'en-US': 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  RATE_LIMITED: {
    'zh-CN': '请求过于频繁，请稍后再试',
    'en-US': 'Too many requests; please try again later',
  },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '请先修改密码后再继续使用',
    'en-US': 'You must change your password before continuing',
  },
  PASSWORD_POLICY: {
    'zh-CN': '新密码不符合要求：{summary}',
    'en-US': 'The new password does not meet the policy: {summary}',
  },
  PASSWORD_REUSED: {
    'zh-CN': '新密码不能与最近 {count} 次使用过的密码相同',
    'en-US': 'The new password must differ from your last {count} passwords',
  },
  PASSWORD_WRONG: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is incorrect' },
  CSRF_FAILED: {
    'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试',
    'en-US': 'The page has expired or the request origin is not trusted; reload and try again',
  },
  FORBIDDEN: { 'zh-CN': '没有执行此操作的权限', 'en-US': 'You do not have permission for this action' },
  NOT_FOUND: { 'zh-CN': '对象不存在或不在您的数据范围内', 'en-US': 'Not found' },
  CONFLICT: { 'zh-CN': '操作与当前状态冲突：{reason}', 'en-US': 'Conflict: {reason}' },
  STALE_VERSION: {
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    'en-US': 'Someone else changed this record; reload and try again',
  },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', 'en-US': 'The username is already taken' },
  IMPORT_NOT_XLSX: {
    'zh-CN': '文件不是有效的 Excel（.xlsx）文件，请使用下载的模板填写后上传',
    'en-US': 'The file is not a valid Excel (.xlsx) workbook; fill in the downloaded template',
  },
  IMPORT_TOO_LARGE: {
    'zh-CN': '文件过大（上限 {maxMb} MB），请拆分后分批导入',
    'en-US': 'The file is too large (limit {maxMb} MB); split it into several imports',
  },
  IMPORT_WRONG_SHEET: {
    'zh-CN': '未找到名为“{sheet}”的工作表，请使用对应模板',
    'en-US': 'No sheet named "{sheet}"; use the matching template',
  },
  IMPORT_MISSING_COLUMNS: {
    'zh-CN': '缺少必填列：{columns}',
    'en-US': 'Required columns are missing: {columns}',
  },
  IMPORT_TOO_MANY_ROWS: {
    'zh-CN': '数据行数超过上限 {maxRows} 行，请拆分后分批导入',
    'en-US': 'More than {maxRows} data rows; split the file',
  },
  IMPORT_EMPTY: { 'zh-CN': '文件中没有数据行', 'en-US': 'The file has no data rows' },
  DUPLICATE: { 'zh-CN': '{label}“{value}”已存在', 'en-US': '{label} "{value}" already exists' },
  ROLE_CONFLICT: {
    'zh-CN': '系统管理员、安全管理员、审计管理员三个角色互斥，且不能与业务角色同时授予',
    'en-US':
      'The system, security and audit administrator roles are mutually exclusive and cannot be combined with business roles',
  },
  SELF_MODIFICATION: {
    'zh-CN': '不能修改自己的账号状态或角色',
    'en-US': 'You cannot change your own account status or roles',
  },
  SERVICE_UNAVAILABLE: {
    'zh-CN': '服务暂不可用，请稍后再试',
    'en-US': 'The service is temporarily unavailable',
  },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后再试', 'en-US': 'Internal server error' },
};

export function errorMessage(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  return interpolate(ERROR_MESSAGES[code][lang], params);
}
