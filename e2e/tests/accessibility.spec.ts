import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';
import { expectNoAxeViolations } from '../support/axe.ts';
import { messagesOf } from '../support/i18n.ts';
import { sampleOnProfiles } from '../support/sampling.ts';
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

  await page.goto('/erasure-certificate');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'erasure-certificate');

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

  await page.goto('/delete-my-data');
  await expect(page.getByRole('heading', { level: 2, name: t('erasure.preview.heading') })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'delete-my-data');

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

/**
 * Presses Tab (never the mouse) until `target` has the focus, checking the focus outline where it lands.
 * `Shift+Tab` goes backwards: the way a keyboard user reaches the navigation from deep in a long page.
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 400): Promise<void> {
  for (let stop = 0; stop < limit; stop += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, 'the focused element shows where the focus is').not.toBe('none');
      return;
    }
  }
  throw new Error(`${key} never reached ${target.toString()} in ${limit} stops`);
}

// demo3 (the export journey only reads), so this does not race the customer journey's correction.
test('correcting a field and changing a consent work with the keyboard alone', async ({ page }, testInfo) => {
  sampleOnProfiles(testInfo, ['coco', 'vanesa']);
  test.setTimeout(120_000);
  const profile = loadProfile(testInfo.project.name);
  const t = await signIn(page, demoCustomerEmail(profile.id, 3), undefined, '/my-data');
  await expect(page.getByRole('heading', { level: 1, name: t('myData.title') })).toBeVisible();
  const { language } = await messagesOf(page);

  const label = profile.categories.find((c) => c.id === 'account')?.fields.find((f) => f.key === 'givenName')?.label;
  const fieldName = label?.[language] ?? label?.en ?? '';
  const correct = page.getByRole('button', { name: t('myData.correct.buttonLabel', { field: fieldName }), exact: true });
  await tabTo(page, correct);
  await page.keyboard.press('Enter');
  const input = page.getByLabel(t('myData.correct.label', { field: fieldName }));
  await expect(input, 'the form takes the focus when it opens').toBeFocused();
  const current = await input.inputValue();
  const corrected = current.endsWith(' K') ? current.slice(0, -2) : `${current} K`;
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(corrected);
  await page.keyboard.press('Enter');
  await expect(page.getByText(t('myData.correct.saved', { field: fieldName }))).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: corrected }).first()).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: t('nav.consent') }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('consent.title') })).toBeVisible();
  const purpose = profile.consentPurposes[0];
  if (!purpose) throw new Error(`${profile.id} has no consent purpose`);
  const box = page.getByRole('group', { name: purpose.name[language] ?? purpose.name.en }).getByRole('checkbox').first();
  await tabTo(page, box);
  const before = await box.isChecked();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked({ checked: !before });
  await page.keyboard.press('Space');
  await expect(box).toBeChecked({ checked: before });
});
