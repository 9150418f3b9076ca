import { expect, test } from '@playwright/test';
import { demoCustomerEmail, signIn } from '../support/sign-in.ts';

/**
 * Issue 6, to the end: on a cocomo server without a grace period (ERASURE_GRACE_DAYS=0, its data
 * wiped at each start), a customer erases some kinds of data; the saga runs at once, the page shows
 * each system's receipt and the signed certificate, and the public page verifies it.
 */
test('a cocomo customer erases some data and sees the completed, verified certificate', async ({ page }) => {
  await signIn(page, demoCustomerEmail('cocomo', 5), undefined, '/delete-my-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens verwijderen' })).toBeVisible();

  await page.getByRole('radio', { name: 'Alleen sommige soorten gegevens' }).check();
  const kinds = page.getByRole('group', { name: 'Soorten gegevens om te verwijderen' });
  await kinds.getByRole('checkbox', { name: 'Bestellingen' }).check();
  await kinds.getByRole('checkbox', { name: 'Websitebezoeken' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText(/verwijderen wij: Bestellingen, Websitebezoeken\. Uw account blijft bestaan\./)).toBeVisible();
  await page.getByRole('button', { name: /^Mijn gegevens verwijderen op / }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Uw gegevens zijn verwijderd' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Regels verwijderd: \d+/)).toBeVisible();
  await expect(page.getByText(/^Regels geanonimiseerd: \d+/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Verwijderingscertificaat' })).toBeVisible();

  await page.getByRole('link', { name: 'Certificaat controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Een verwijderingscertificaat controleren' })).toBeVisible();
  await expect(page.getByText('Dit certificaat is echt: het is ondertekend door dit portaal en niet veranderd.')).toBeVisible();
  await expect(page.getByText('Sommige soorten gegevens')).toBeVisible();
});
