import { expect, test } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';
import { messagesOf } from '../support/i18n.ts';
import { sampleOnProfiles } from '../support/sampling.ts';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/**
 * Issue 3, 4 and 7 in a real browser, per operator profile and in its language: sign in, see and
 * correct the data held, give and withdraw a consent, see the sessions, sign out.
 */
test('a customer signs in, corrects a field, manages a consent, sees the sessions and signs out', async ({ page }, testInfo) => {
  const profile = loadProfile(testInfo.project.name);
  const t = await signIn(page, demoCustomerEmail(profile.id), undefined, '/my-data');

  // Signing in from a protected page comes back to it.
  await expect(page).toHaveURL(/\/my-data$/);
  await expect(page.getByRole('heading', { level: 1, name: t('myData.title') })).toBeVisible();
  const firstCategory = page.getByRole('region').first();
  await expect(firstCategory).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`my-data-${profile.id}.png`), fullPage: true });

  // Correct the given name (every profile's account has one).
  const { language: pageLanguage } = await messagesOf(page);
  const givenName = profile.categories.find((c) => c.id === 'account')?.fields.find((f) => f.key === 'givenName')?.label;
  const fieldName = givenName?.[pageLanguage] ?? givenName?.en ?? '';
  const correct = page.getByRole('button', { name: t('myData.correct.buttonLabel', { field: fieldName }), exact: true });
  await correct.click();
  const input = page.getByLabel(t('myData.correct.label', { field: fieldName }));
  const newValue = (await input.inputValue()).includes('E2E') ? (await input.inputValue()).replace(/ E2E$/, '') : `${await input.inputValue()} E2E`;
  await input.fill(newValue.trim());
  await page.getByRole('button', { name: t('myData.correct.save') }).click();
  await expect(page.getByText(t('myData.correct.saved', { field: fieldName }))).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: newValue.trim() }).first()).toBeVisible();

  // Consent: tick and untick the first channel of the first purpose; both land in the history.
  await page.getByRole('link', { name: t('nav.consent') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('consent.title') })).toBeVisible();
  const { language } = await messagesOf(page);
  const purpose = profile.consentPurposes[0];
  if (!purpose) throw new Error(`${profile.id} has no consent purpose`);
  const group = page.getByRole('group', { name: purpose.name[language] ?? purpose.name.en });
  const box = group.getByRole('checkbox').first();
  const before = await box.isChecked();
  await box.click();
  await expect(box).toBeChecked({ checked: !before });
  await box.click();
  await expect(box).toBeChecked({ checked: before });
  await page.screenshot({ path: testInfo.outputPath(`consent-${profile.id}.png`), fullPage: true });

  // Sessions and devices lists this browser.
  await page.goto('/account/sessions');
  await expect(page.getByRole('heading', { level: 1, name: t('account.sessions.title') })).toBeVisible();
  await expect(page.getByText(t('account.sessions.current'))).toBeVisible();

  // Sign out: protected pages send the visitor to sign in again.
  await page.getByRole('banner').getByRole('button', { name: t('auth.header.signOut') }).click();
  await page.goto('/my-data');
  await expect(page.getByRole('heading', { level: 1, name: t('auth.signIn.title') })).toBeVisible();
});

test('a wrong password gets one message that does not say which part was wrong', async ({ page }, testInfo) => {
  sampleOnProfiles(testInfo, ['coopt']);
  const profile = loadProfile(testInfo.project.name);
  await page.goto('/sign-in');
  const { t } = await messagesOf(page);
  await page.getByLabel(t('auth.fields.email.label')).fill(demoCustomerEmail(profile.id, 2));
  await page.getByLabel(t('auth.fields.password.label'), { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: t('auth.signIn.submit') }).click();
  await expect(page.getByText(t('auth.signIn.failed')).first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a customer signs out another browser from the sessions page', async ({ browser }, testInfo) => {
  sampleOnProfiles(testInfo, ['cocomo']);
  const profile = loadProfile(testInfo.project.name);
  // The other browser says it is Firefox on Windows, so its row is the one to sign out.
  const other = await browser.newContext({
    locale: testInfo.project.use.locale,
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0',
  });
  const otherPage = await other.newPage();
  await signIn(otherPage, demoCustomerEmail(profile.id, 2));

  const context = await browser.newContext({ locale: testInfo.project.use.locale });
  const page = await context.newPage();
  const t = await signIn(page, demoCustomerEmail(profile.id, 2), undefined, '/account/sessions');
  const firefox = page.getByRole('listitem').filter({ hasText: 'Firefox' }).first();
  await firefox.getByRole('button', { name: t('account.sessions.revoke'), exact: true }).click();
  await expect(page.getByText(t('account.sessions.revoked'))).toBeVisible();

  // The other browser is signed out at its next request; this one is not.
  await otherPage.goto('/account/sessions');
  await expect(otherPage.getByRole('heading', { level: 1, name: t('auth.signIn.title') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('account.sessions.title') })).toBeVisible();
  await other.close();
  await context.close();
});
