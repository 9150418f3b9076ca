import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { messagesOf } from '../support/i18n.ts';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/** Issue 10: axe-core (WCAG 2.2 AA) on every customer page, per profile and language. */
test('every customer page has no WCAG 2.2 AA violations', async ({ page }, testInfo) => {
  // Eight pages, some long (years of records): axe needs more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'home');

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'sign-in');

  const t = await signIn(page, demoCustomerEmail(testInfo.project.name), undefined, '/my-data');
  await expect(page.getByRole('region').first()).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'my-data');

  await page.goto('/my-data?view=categories');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'my-data-categories');

  await page.goto('/consent');
  await expect(page.getByRole('heading', { level: 1, name: t('consent.title') })).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'consent');

  await page.goto('/download');
  await expect(page.getByRole('heading', { level: 1, name: t('exports.title') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('exports.form.submit') })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'download');

  await page.goto('/account/security');
  await expect(page.getByRole('heading', { level: 1, name: t('account.security.title') })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'account-security');

  await page.goto('/account/sessions');
  await expect(page.getByText(t('account.sessions.current'))).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'account-sessions');
});

test('signing in works with the keyboard alone, with a visible focus', async ({ page }, testInfo) => {
  await page.goto('/sign-in');
  const { t } = await messagesOf(page);
  const email = page.getByLabel(t('auth.fields.email.label'));
  await email.focus();
  await page.keyboard.type(demoCustomerEmail(testInfo.project.name));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('auth.fields.password.label'), { exact: true })).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('custodia-demo-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('button', { name: t('auth.header.signOut') })).toBeVisible();
});
