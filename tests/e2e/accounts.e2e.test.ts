import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, e2eSession, newContext, screenshotPath, signIn, signOutFromMenu } from './harness.ts';

const signOut = (page: Page) => signOutFromMenu(page, '退出登录');

/**
 * 三员 at work: the system administrator creates an account (one-time password),
 * the security administrator grants a role and a scope, and the new user must
 * change the password before seeing exactly that scope.
 */
describe('account lifecycle through the UI', () => {
  const session = e2eSession();

  it('create → grant → first login with forced change → scoped tree', async () => {
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${session.server().url}/login`);

    // System administrator: a new account and its one-time password.
    await signIn(page, 'sysadmin');
    await page.goto(`${session.server().url}/accounts`);
    await page.getByRole('button', { name: /新建账号/ }).click();
    const create = page.locator('.ant-modal').filter({ hasText: '新建账号' });
    await create.locator('#username').fill('e2e.user');
    await create.locator('#displayName').fill('钱进（临江市分行）');
    await create.getByRole('button', { name: /创\s?建/ }).click();
    const otp = (await page.getByTestId('one-time-password').textContent())!.trim();
    expect(otp).toHaveLength(14);
    await page.getByRole('button', { name: /我已记下/ }).click();
    await page.locator('tr.ant-table-row').filter({ hasText: 'e2e.user' }).waitFor();
    await signOut(page);

    // Security administrator: role and scope.
    await signIn(page, 'secadmin');
    await page.goto(`${session.server().url}/accounts`);
    const row = page.locator('tr.ant-table-row').filter({ hasText: 'e2e.user' });
    await row.getByText('授权', { exact: true }).click();
    const grant = page.locator('.ant-modal').filter({ hasText: '授权：e2e.user' });
    // Under load the modal may re-render between click and check; click until it holds.
    const role = grant.getByLabel('党建辅导员/党代表');
    await expect
      .poll(
        async () => {
          if (!(await role.isChecked())) await role.click();
          return role.isChecked();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await grant.locator('.ant-select-selector').click();
    await page.keyboard.type('临江市');
    await page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: '临江市分行' }).first().click();
    await grant.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('授权已保存').waitFor();
    await expect.poll(() => row.textContent()).toContain('临江市分行');
    await page.screenshot({ path: screenshotPath('accounts-granted'), fullPage: true });
    await signOut(page);

    // The new user: nothing but the password change until it is done.
    await signIn(page, 'e2e.user', otp);
    await page.waitForURL(`${session.server().url}/change-password`);
    await page.locator('#currentPassword').fill(otp);
    await page.locator('#newPassword').fill('Linjiang#2027');
    await page.locator('#confirm').fill('Linjiang#2027');
    await page.getByRole('button', { name: /确认修改/ }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '组织机构' }).click();
    await page.getByRole('tree').getByText('临江市分行', { exact: true }).waitFor();
    expect(await page.getByRole('tree').getByText('江南省分行').count()).toBe(0);
    await context.close();
  });
});
