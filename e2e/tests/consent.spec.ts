import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';
import { messagesOf } from '../support/i18n.ts';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/** Issue 7 in a real browser: withdrawing in Vietnamese with a signed receipt, and GPC in `coopt`. */
test('a vanesa customer withdraws an email consent in Vietnamese and downloads the signed receipt', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'vanesa', 'the Vietnamese journey');
  const profile = loadProfile('vanesa');
  const t = await signIn(page, demoCustomerEmail('vanesa', 2), undefined, '/consent');
  const { language } = await messagesOf(page);
  expect(language).toBe('vi');
  const purpose = profile.consentPurposes.find((p) => p.channels.includes('email'));
  if (!purpose) throw new Error('vanesa has no email purpose');
  const email = page.getByRole('group', { name: purpose.name.vi ?? purpose.name.en }).getByRole('checkbox', { name: t('consent.channels.email') });

  // Make sure there is something to withdraw, then withdraw it with one click.
  if (!(await email.isChecked())) {
    await email.click();
    await expect(email).toBeChecked();
  }
  await email.click();
  await expect(email).not.toBeChecked();
  const history = page.getByRole('table');
  await expect(history.getByRole('row').nth(1)).toContainText(t('consent.history.withdrawn'));

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: t('consent.receipt.json') }).click();
  const file = await (await download).path();
  const receipt = JSON.parse(await readFile(file, 'utf8')) as { receipt: unknown; signature: string };
  expect(receipt.signature.split('.')).toHaveLength(3);
  const verified = await page.request.post('/api/consent/receipt/verify', {
    data: receipt,
    headers: { 'x-requested-with': 'custodia' },
  });
  expect(await verified.json()).toEqual({ valid: true });
  await page.screenshot({ path: testInfo.outputPath('consent-withdrawn-vanesa.png'), fullPage: true });
});

test.describe('with Global Privacy Control on', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

  test('a coopt customer sees the GPC signal honoured', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'coopt', 'GPC applies in coopt');
    const t = await signIn(page, demoCustomerEmail('coopt', 2), undefined, '/consent');
    await expect(page.getByText(t('consent.gpc.honoured'))).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('consent-gpc-coopt.png'), fullPage: true });
  });
});
