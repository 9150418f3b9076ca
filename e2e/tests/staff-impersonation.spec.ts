import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AUDIT_COLUMNS } from '@portal/shared/schemas/audit.schema';
import { loadProfile } from '@portal/shared/profiles/registry';
import { mailTo } from '../support/outbox.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { isSampled, sampleOnProfiles } from '../support/sampling.ts';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';
import { signInAsStaff } from '../support/staff-sign-in.ts';

/**
 * Issue 8 in a real browser, per profile in its language: a support agent signs in with TOTP, finds a
 * customer (demo6, whom no other journey uses), opens their account with a reason and a ticket, sees
 * the banner and the customer's data, is refused a change and a download of the data, stops; the
 * customer then signs in and finds the session in "Who touched my data". Axe checks each staff page.
 */
const REASON = 'The customer phoned about a booking they cannot find.';

test('a support agent impersonates a customer read-only, and the customer sees it in who touched my data', async ({ page, browser }, testInfo) => {
  // Two sign-ins, a mail and six axe runs; a TOTP code may have to wait for the next 30-second step.
  test.setTimeout(120_000);
  const profile = loadProfile(testInfo.project.name);
  const email = demoCustomerEmail(profile.id, 6);
  const started = new Date(Date.now() - 1000);

  // Staff sign in with their authenticator and land in the staff console.
  const t = await signInAsStaff(page, profile.id, `support@${profile.id}.example`);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { level: 1, name: t('staffConsole.search.title') })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'staff-search');

  await page.getByLabel(t('staffConsole.search.label')).fill(email);
  await page.getByRole('button', { name: t('staffConsole.search.submit') }).click();
  const results = page.getByRole('table', { name: t('staffConsole.search.resultsCaption', { q: email }) });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(page, testInfo, 'staff-search-results');
  await results.getByRole('link').first().click();
  await expect(page.locator('dt', { hasText: t('staffConsole.customer.email') }).locator('+ dd')).toHaveText(email);
  const summary = page.getByRole('heading', { level: 1 });
  const customerName = (await summary.innerText()).replace(/\(.*\)$/, '').trim();
  await expectNoAxeViolations(page, testInfo, 'staff-customer');

  await page.getByRole('button', { name: t('staffConsole.customer.start') }).click();
  const dialog = page.getByRole('dialog', { name: t('staffConsole.startDialog.title') });
  await dialog.getByLabel(t('staffConsole.startDialog.categoryLabel')).selectOption('customer-request');
  await dialog.getByLabel(t('staffConsole.startDialog.reasonLabel'), { exact: true }).fill(REASON);
  await dialog.getByLabel(t('staffConsole.startDialog.ticketLabel')).fill('SUP-8008');
  await expectNoAxeViolations(page, testInfo, 'staff-start-impersonation');
  await dialog.getByRole('button', { name: t('staffConsole.startDialog.submit') }).click();

  // The banner, on every page, and the customer's own data.
  const banner = page.getByRole('region', { name: t('staffConsole.banner.label') });
  await expect(banner).toContainText(t('staffConsole.banner.viewing', { name: customerName }));
  await expect(banner).toContainText(REASON);
  await expect(banner).toContainText(new RegExp(t('staffConsole.banner.minutesLeft').replace('{minutes}', '\\d+')));
  await expect(page.getByRole('heading', { level: 1, name: t('myData.title') })).toBeVisible();
  await expect(page.getByRole('region').filter({ hasText: email }).first()).toBeVisible();
  // The whole page in read-only mode on one profile; elsewhere the banner (My data itself is checked
  // whole on every profile by accessibility.spec.ts, and axe on it costs seconds).
  await expectNoAxeViolations(page, testInfo, 'impersonating-my-data', isSampled(testInfo, ['coopt']) ? {} : { only: '.impersonation-banner' });

  // A change only the customer may make is refused.
  await page.getByRole('navigation', { name: t('layout.mainNavigation') }).getByRole('link', { name: t('nav.consent') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('consent.title') })).toBeVisible();
  const box = page.getByRole('checkbox').first();
  const before = await box.isChecked();
  await box.click();
  await expect(page.getByRole('alert').filter({ hasText: t('errors.codes.forbidden') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked({ checked: before });
  await expect(banner).toBeVisible();

  // So is a copy of the customer's data: only the customer may ask for it or download it.
  await page.getByRole('navigation', { name: t('layout.mainNavigation') }).getByRole('link', { name: t('nav.download') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('exports.title') })).toBeVisible();
  await page.getByRole('button', { name: t('exports.form.submit') }).click();
  await expect(page.getByText(t('exports.errors.staffNotAllowed'))).toBeVisible();
  await expect(banner).toBeVisible();

  // Stop: back to the customer's summary, as the staff member again.
  await banner.getByRole('button', { name: t('staffConsole.banner.stop') }).click();
  await expect(page.getByRole('button', { name: t('staffConsole.customer.start') })).toBeVisible();
  await expect(banner).toHaveCount(0);

  // The customer was told, and finds the session in "who touched my data".
  // (The mail is in the operator's language: found by recipient and time, then by who sent it.)
  expect((await mailTo(profile.id, email, started)).subject).toContain(profile.company.name);
  const customerContext = await browser.newContext({ locale: testInfo.project.use.locale });
  const customer = await customerContext.newPage();
  const c = await signIn(customer, email);

  await customer.getByRole('navigation', { name: c('layout.mainNavigation') }).getByRole('link', { name: c('nav.accessLog') }).click();
  await expect(customer.getByRole('heading', { level: 1, name: c('accessLog.title') })).toBeVisible();
  await expect(customer.getByText(c('accessLog.verified'))).toBeVisible();
  const session = customer.getByRole('article').filter({ hasText: REASON }).first();
  await expect(session).toBeVisible();
  await expect(session).toContainText(c('staffConsole.roles.support-agent'));
  await expect(session).toContainText('SUP-8008');
  await expect(session).toContainText(c('accessLog.impersonation.ended.stopped'));
  await expectNoAxeViolations(customer, testInfo, 'who-touched-my-data');
  await customerContext.close();
});

test('an admin filters the audit log, verifies the chain and can export what is shown', async ({ page }, testInfo) => {
  sampleOnProfiles(testInfo, ['sococo']);
  test.setTimeout(90_000);
  const profileId = testInfo.project.name;
  const t = await signInAsStaff(page, profileId, `admin@${profileId}.example`);

  await page.getByRole('navigation', { name: t('staffConsole.nav.label') }).getByRole('link', { name: t('staffConsole.nav.audit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('auditLog.title') })).toBeVisible();
  await page.getByLabel(t('auditLog.filters.action')).selectOption('auth.sign-in.succeeded');
  await page.getByRole('button', { name: t('auditLog.filters.submit'), exact: true }).click();
  await expect(page).toHaveURL(/action=auth\.sign-in\.succeeded/);

  const table = page.getByRole('table', { name: t('auditLog.caption') });
  await expect(table.getByRole('row').nth(1)).toContainText('auth.sign-in.succeeded');
  await expect(table.getByRole('columnheader')).toHaveCount(AUDIT_COLUMNS.length);
  await expect(page.getByRole('link', { name: t('auditLog.export.csv') })).toHaveAttribute('href', /format=csv/);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: t('auditLog.export.csv') }).click();
  const csv = await (await download).path();
  // The export carries the table's columns.
  expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe(AUDIT_COLUMNS.join(','));

  await page.getByRole('button', { name: t('auditLog.verify.button') }).click();
  const intact = t('auditLog.verify.ok').split('{')[0] ?? '';
  await expect(page.getByRole('status').filter({ hasText: intact })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, testInfo, 'audit-log');
});
