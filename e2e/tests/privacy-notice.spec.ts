import { expect, test } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';
import { expectNoAxeViolations } from '../support/axe.ts';
import { sampleOnProfiles } from '../support/sampling.ts';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/** Issue 7: a customer allows analytics cookies (recorded in the consent ledger) and reads the notice history. */
test('a customer sets a cookie preference and views the privacy notice history', async ({ page }, testInfo) => {
  sampleOnProfiles(testInfo, ['coco', 'vanesa']);
  test.setTimeout(90_000);
  const profileId = testInfo.project.name;
  const t = await signIn(page, demoCustomerEmail(profileId, 8), undefined, '/consent/cookies');

  // Cookie preferences: strictly necessary always on, the portal's own cookies stated, nothing pre-ticked.
  await expect(page.getByRole('heading', { level: 1, name: t('notice.cookies.title') })).toBeVisible();
  await expect(page.getByText(t('notice.cookies.portalNote'))).toBeVisible();
  await expect(page.getByText(t('notice.cookies.alwaysOn')).first()).toBeVisible();
  // The first category a customer may refuse (analytics where the operator has it; vanesa only has functional).
  const category = loadProfile(profileId).cookies.find((c) => c.id !== 'strictly-necessary')?.id ?? 'analytics';
  const analytics = page.getByRole('checkbox', {
    name: t('notice.cookies.allow', { category: t(`notice.cookies.categories.${category}`) }),
  });
  if (await analytics.isChecked()) {
    await analytics.click();
    await expect(analytics).not.toBeChecked();
  }
  await analytics.click();
  await expect(analytics).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: t('notice.cookies.saved') })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'cookie-preferences');

  // The choice is in the consent history (the ledger), newest first.
  await page.goto('/consent');
  const history = page.getByRole('table');
  await expect(history.getByRole('row').nth(1)).toContainText(t(`notice.cookies.categories.${category}`));
  await expect(history.getByRole('row').nth(1)).toContainText(t('consent.history.granted'));

  // The privacy notice, from the footer: the version in force and the history of versions.
  await page.getByRole('contentinfo').getByRole('link', { name: t('notice.privacyNotice.title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('notice.privacyNotice.title') })).toBeVisible();
  const versions = page.getByRole('table', { name: t('notice.privacyNotice.historyHeading') });
  await expect(versions.getByRole('row').nth(1)).toContainText(t('notice.privacyNotice.statuses.in-force'));
  await expectNoAxeViolations(page, testInfo, 'privacy-notice');
});
