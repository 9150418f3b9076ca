import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';
import { reauthenticateWhenAsked } from '../support/step-up.ts';

const SMS_OUTBOX = `${process.cwd()}/../.data/e2e/cocomo/sms-outbox/messages.jsonl`;

/** The last code texted to `phone` by the server under test (its development SMS outbox). */
async function lastCodeTextedTo(phone: string): Promise<string> {
  const lines = (await readFile(SMS_OUTBOX, 'utf8')).split('\n').filter(Boolean);
  const message = lines.map((line) => JSON.parse(line) as { to: string; text: string }).findLast((m) => m.to === phone);
  const code = /\b(\d{6})\b/.exec(message?.text ?? '')?.[1];
  if (!code) throw new Error(`no code texted to ${phone}`);
  return code;
}

/**
 * Issue 4 in a real browser: a `cocomo` customer sees the Dutch UI and the 7-year invoice retention,
 * changes their phone number with a code texted to the new number, and sees where the change went.
 */
test('a cocomo customer sees the 7-year invoice retention in Dutch and changes their phone number', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'cocomo', 'the cocomo journey');
  const profile = loadProfile('cocomo');
  const t = await signIn(page, demoCustomerEmail('cocomo', 2), undefined, '/my-data');
  await reauthenticateWhenAsked(page, t);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();

  const invoicesName = profile.categories.find((c) => c.id === 'invoices')?.name.nl ?? 'Facturen';
  const invoices = page.getByRole('region', { name: invoicesName });
  await expect(invoices.getByText(/Wettelijk bewaard: Facturen moeten wij 7 jaar bewaren voor de Belastingdienst/)).toBeVisible();
  await invoices.locator('details').first().locator('summary').click();
  await expect(invoices.getByText(/omdat: Facturen en andere fiscale gegevens bewaren wij 7 jaar/).first()).toBeVisible();

  // The newsletter provider is a separate service reached over signed HTTP; its data shows here too.
  const newsletterName = profile.categories.find((c) => c.system === 'newsletter')?.name.nl ?? '';
  const newsletter = page.getByRole('region', { name: newsletterName });
  await expect(newsletter.getByText('Bewaard in: ', { exact: false })).toBeVisible();
  await expect(newsletter.getByText(/tijdelijk niet beschikbaar|niet aan het portaal gekoppeld/)).toHaveCount(0);
  await expect(newsletter.getByRole('cell', { name: 'newsletter', exact: true }).first()).toBeVisible();

  const phone = `+31 6 ${String(Date.now()).slice(-8, -4)} ${String(Date.now()).slice(-4)}`;
  await page.getByRole('button', { name: 'Telefoonnummer verbeteren' }).first().click();
  await page.getByLabel('Nieuwe waarde voor Telefoonnummer').fill(phone);
  await page.getByRole('button', { name: 'Stuur een code' }).click();
  await expect(page.getByText(/Wij hebben een code gestuurd naar …/)).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(await lastCodeTextedTo(phone));
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await expect(page.getByText('Telefoonnummer is verbeterd.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: phone }).first()).toBeVisible();
  const history = page.getByRole('region', { name: 'Uw verbeteringen' });
  await expect(history.getByText(/^Telefoonnummer/).first()).toBeVisible();
  await expect(history.getByText(/: (bijgewerkt|ontvangen, wordt verwerkt|wordt geïnformeerd door ons privacyteam)$/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('my-data-phone-cocomo.png'), fullPage: false });
});
