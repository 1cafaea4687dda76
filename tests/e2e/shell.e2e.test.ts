import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  e2eSession,
  newContext,
  PASSWORD,
  PHONE,
  screenshotPath,
  signIn,
  signOutFromMenu,
} from './harness.ts';

/** The administrator's menu in English, in order. */
const EN_MENU = [
  'Home',
  'Cockpit',
  'Reports',
  'My to-do',
  'Records',
  'Compliance',
  'Concerns',
  'Follow-up',
  'Checklists',
  'Checklist follow-up',
  'Assessment',
  'Led projects',
  'Training',
  'Talks',
  'Notifications',
  'Pairings',
  'Required actions',
  'Concern settings',
  'Checklist templates',
  'Units',
  'People',
  'Party orgs',
  'Coverage',
  'Import',
  'Chat robots',
];

/** The side menu's labels, once it has rendered. */
async function menuLabels(page: Page): Promise<string[]> {
  const items = page.locator('.ant-pro-sider').getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.trim());
}

describe('web shell', () => {
  const session = e2eSession();

  it('signs in, switches language, signs out, and the auditor sees the sign-ins but no business data', async () => {
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();

    // A deep link without a session leads to the login page, which remembers it.
    await page.goto(`${session.server().url}/units`);
    await page.waitForURL(`${session.server().url}/login?from=%2Funits`);
    await page.getByText('联点 · 基层党建结对管理平台').waitFor();
    expect(await page.locator('form button[type=submit]').textContent()).toMatch(/^登\s?录$/);
    // Demo mode lists the demo accounts and their password.
    await page.getByTestId('demo-auditor').waitFor();
    expect(await page.getByText(PASSWORD).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('login-zh'), fullPage: true });

    // A wrong password is refused with the server's message, and nothing else happens.
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('not-the-password');
    await page.locator('form button[type=submit]').click();
    await page.getByText('用户名或密码不正确').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await signIn(page, 'admin');
    // Back where the user was sent away from, with the scope's root unit in the tree.
    expect(new URL(page.url()).pathname).toBe('/units');
    await page.getByRole('tree').getByText('江南省分行').waitFor();
    expect(await menuLabels(page)).toEqual([
      '首页',
      '驾驶舱',
      '统计报表',
      '我的待办',
      '纪实台账',
      '完成情况',
      '意见建议',
      '跟踪问效',
      '责任清单',
      '清单督导',
      '年度考核',
      '领题项目',
      '培训学时',
      '谈心谈话',
      '消息提醒',
      '结对管理',
      '规定动作',
      '分办设置',
      '清单模板',
      '组织机构',
      '人员',
      '党组织',
      '覆盖分析',
      '数据导入',
      '群机器人',
    ]);

    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '首页' }).click();
    await page.waitForURL(`${session.server().url}/`);
    await page.getByText('周海燕（省分行党建工作部）').first().waitFor();
    await page.getByText('党建管理员').first().waitFor();
    await page.screenshot({ path: screenshotPath('shell-zh'), fullPage: true });

    // English, and it survives a reload.
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: 'Units' }).waitFor();
    expect(await menuLabels(page)).toEqual(EN_MENU);
    await page.reload();
    expect(await menuLabels(page)).toEqual(EN_MENU);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    await page.getByText('Party-building admin').first().waitFor();
    await page.screenshot({ path: screenshotPath('shell-en'), fullPage: true });

    // Sign out from the user menu; a deliberate sign-out forgets the last page.
    await signOutFromMenu(page, 'Sign out');
    expect(page.url()).toBe(`${session.server().url}/login`);
    expect(await page.locator('form button[type=submit]').textContent()).toBe('Sign in');
    // The login page has the switch too.
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page
      .locator('form button[type=submit]')
      .getByText(/^登\s?录$/)
      .waitFor();

    // The audit administrator: audit log yes, unit tree (business data) no.
    await signIn(page, 'auditor');
    const auditorMenu = await menuLabels(page);
    expect(auditorMenu).toEqual(['首页', '审计日志']);
    expect(auditorMenu).not.toContain('组织机构');
    await page.goto(`${session.server().url}/units`);
    await page.getByText('无权访问').waitFor();

    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(`${session.server().url}/audit`);
    const adminLogins = page
      .locator('tr.ant-table-row')
      .filter({ hasText: 'admin' })
      .filter({ hasText: 'auth.login' })
      .filter({ hasText: '成功' });
    await adminLogins.first().waitFor();
    // The failed attempt and the sign-out are there too, newest first.
    await page.locator('tr.ant-table-row').filter({ hasText: 'auth.logout' }).first().waitFor();
    await page
      .locator('tr.ant-table-row')
      .filter({ hasText: 'auth.login' })
      .filter({ hasText: '失败' })
      .first()
      .waitFor();
    expect(await adminLogins.first().textContent()).toContain('登录');

    // Filtering happens on the server: only admin's entries remain.
    await page.locator('#actorUsername').fill('admin');
    const filtered = page.waitForResponse(
      (res) => res.url().includes('/api/audit?') && res.url().includes('actor=admin'),
    );
    // Unanchored: antd may keep a fading "loading" icon (part of the accessible name) in the button.
    await page
      .locator('.ant-pro-query-filter')
      .getByRole('button', { name: /查\s?询/ })
      .click();
    expect((await filtered).status()).toBe(200);
    const actorCells = page.locator('tr.ant-table-row td:nth-child(4)');
    await expect
      .poll(async () => new Set((await actorCells.allInnerTexts()).map((a) => a.trim())), { timeout: 10_000 })
      .toEqual(new Set(['admin']));

    await page.screenshot({ path: screenshotPath('audit-log'), fullPage: true });

    // The hash chain of a fresh log is intact.
    await page.getByRole('button', { name: '校验完整性' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '审计日志完整，未发现篡改' }).waitFor();
    await context.close();
  });

  it('is usable on a 390 px phone (counselor home)', async () => {
    const context = await newContext(session.browser(), PHONE);
    const page = await context.newPage();
    await page.goto(`${session.server().url}/login`);
    await signIn(page, 'counselor');
    await page.getByText('李卫东（党建辅导员）').first().waitFor();
    await page.getByText('党建辅导员/党代表').first().waitFor();
    // The data scope is listed by unit name, and the page does not scroll sideways.
    await page.getByText('青州市分行').first().waitFor();
    // A string, evaluated in the page: the test project is typed without the DOM library.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('home-counselor-390'), fullPage: true });
    await context.close();
  });
});
