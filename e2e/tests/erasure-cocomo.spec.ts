import { expect, test } from '@playwright/test';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/**
 * Issue 6 in a real browser (the other profiles: erasure.spec.ts): a `cocomo` customer previews the erasure of their account in Dutch
 * (invoices kept 7 years under AWR art. 52), asks for it, sees the grace banner on another page
 * and cancels it there with one click. Nothing is erased, so the demo account stays as it was.
 */
test('a cocomo customer previews erasure in Dutch, requests it, sees the grace banner and cancels', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'cocomo', 'the cocomo journey');
  const t = await signIn(page, demoCustomerEmail('cocomo', 4), undefined, '/delete-my-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens verwijderen' })).toBeVisible();
  const banner = page.getByRole('region', { name: t('erasure.title') });
  // A run that stopped halfway may have left a request waiting: cancel it first.
  if (await banner.isVisible()) {
    await banner.getByRole('button', { name: 'Verwijdering annuleren' }).click();
    await expect(page.getByText('De verwijdering is geannuleerd. Er is niets verwijderd.')).toBeVisible();
  }

  // The preview, per system: invoices kept under the tax law, with the day each goes.
  await expect(page.getByRole('heading', { level: 2, name: 'Wat er met uw gegevens gebeurt' })).toBeVisible();
  const invoices = page.getByRole('row', { name: /^Facturen/ });
  await expect(invoices.getByText(/Bewaard omdat: Facturen moeten wij 7 jaar bewaren voor de Belastingdienst.*\(AWR art\. 52 lid 4\)/)).toBeVisible();
  await expect(invoices.getByText(/Verwijderd (op|tussen) \d{1,2} \w+ 20\d\d/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Bewaard in: Nieuwsbriefdienst/ })).toBeVisible();

  // Request the whole account; the confirmation says what happens and what is kept.
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verwijdering bevestigen' })).toBeFocused();
  await expect(page.getByText(/Bewaard totdat de wet verwijderen toestaat: .*Facturen tot/)).toBeVisible();
  await page.getByRole('button', { name: /^Mijn gegevens verwijderen op / }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verwijdering gepland' })).toBeVisible();

  // The banner is on every page: cancel it from My data.
  await page.getByRole('navigation', { name: t('layout.mainNavigation') }).getByRole('link', { name: t('nav.myData'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expect(banner.getByText(/Uw account en persoonsgegevens worden verwijderd op/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('erasure-banner-cocomo.png'), fullPage: false });
  await banner.getByRole('button', { name: 'Verwijdering annuleren' }).click();
  await expect(page.getByText('De verwijdering is geannuleerd. Er is niets verwijderd.')).toBeVisible();

  await page.getByRole('navigation', { name: t('layout.mainNavigation') }).getByRole('link', { name: t('nav.deleteMyData') }).click();
  await expect(page.getByRole('region', { name: 'Eerdere verzoeken' }).getByText(/Geannuleerd/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
});
