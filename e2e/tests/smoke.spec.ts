import { expect, test } from '@playwright/test';
import { loadProfile } from '@portal/shared/profiles/registry';

test('the home page shows the operator and its privacy contact', async ({ page }, testInfo) => {
  const profile = loadProfile(testInfo.project.name);

  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: profile.company.name })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', profile.locale.defaultLanguage);
  await expect(page.getByRole('main')).toContainText(profile.company.privacyEmail);
  await page.screenshot({ path: testInfo.outputPath(`home-${profile.id}.png`), fullPage: true });
});

test('the API answers health, readiness and the OpenAPI document', async ({ request }) => {
  expect((await request.get('/api/health')).status()).toBe(200);
  expect((await request.get('/api/ready')).status()).toBe(200);
  const openapi = await request.get('/api/openapi.json');
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe('3.1.0');
});
