import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loginBody } from './auth.ts';
import { pickLang } from './i18n.ts';
import { checkPassword, passwordClasses } from './password-policy.ts';
import { permissionsOf, roleConflict } from './roles.ts';
import { localizeIssues } from './validation.ts';

describe('password policy', () => {
  it('needs 10 characters from 3 of 4 classes and not the username', () => {
    expect(checkPassword('Abcdefgh1')).toEqual(['too_short']);
    expect(checkPassword('abcdefghij1')).toEqual(['too_few_classes']);
    expect(checkPassword('abcdefghi#1')).toEqual([]);
    expect(checkPassword('Abcdefghij1')).toEqual([]);
    expect(checkPassword('Xleader#2026', 'leader')).toEqual(['contains_username']);
    expect(passwordClasses('aA1#')).toBe(4);
  });
});

describe('roles', () => {
  it('keeps the three administrators apart from each other and from business roles', () => {
    expect(roleConflict(['sysadmin'])).toBeNull();
    expect(roleConflict(['party_admin', 'leader'])).toBeNull();
    expect(roleConflict(['sysadmin', 'secadmin'])).toBe('admin_roles_exclusive');
    expect(roleConflict(['auditor', 'leader'])).toBe('admin_roles_exclusive');
  });

  it('gives none of the three administrators a business permission', () => {
    for (const role of ['sysadmin', 'auditor'] as const) expect(permissionsOf([role])).not.toContain('units.read');
    expect(permissionsOf(['secadmin'])).toEqual(['accounts.read', 'roles.grant']);
    expect(permissionsOf(['auditor'])).toEqual(['audit.read', 'audit.export']);
  });
});

describe('validation messages', () => {
  const issues = (data: unknown) => {
    const r = loginBody.safeParse(data, { reportInput: true });
    if (r.success) throw new Error('expected failure');
    return r.error.issues;
  };

  it('name the field and the reason in Chinese and English', () => {
    expect(localizeIssues(issues({ password: 'x' }), 'zh-CN')).toEqual([
      { field: 'username', reason: 'required', message: '「用户名」不能为空' },
    ]);
    expect(localizeIssues(issues({ username: 'a', password: 5 }), 'en-US')).toEqual([
      { field: 'password', reason: 'invalid_type', message: '「Password」 must be text' },
    ]);
    const long = localizeIssues(issues({ username: 'a'.repeat(65), password: 'x', foo: 'x' }), 'zh-CN');
    expect(long.map((f) => f.message)).toEqual(['「用户名」不能超过 64 个字符', '「foo」是不允许的字段']);
  });

  it('describe bounds of numbers and lists', () => {
    const schema = z.strictObject({ n: z.number().int().min(3), list: z.array(z.string()).max(1) });
    const r = schema.safeParse({ n: 1, list: ['a', 'b'] }, { reportInput: true });
    expect(localizeIssues(r.error!.issues, 'zh-CN').map((f) => f.reason)).toEqual(['too_small', 'too_many']);
  });
});

describe('language', () => {
  it('defaults to zh-CN and follows an English Accept-Language', () => {
    expect(pickLang(undefined)).toBe('zh-CN');
    expect(pickLang('en-US,en;q=0.9')).toBe('en-US');
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
  });
});
