import { expect, type Page } from '@playwright/test';
import { messagesOf } from './i18n.ts';

/** The password of every documented demo account (README "Demo accounts"). */
export const DEMO_PASSWORD = 'custodia-demo-2026';

/**
 * `demo@` … `demo8@` (README "Demo accounts"). Journeys run in parallel and some sign others out,
 * export or erase, so each journey keeps to its own: 1 customer journey and accessibility, 2
 * sessions, consent and corrections, 3 export, 4–5 erasure, 6 impersonation, 7 requests.
 */
export const demoCustomerEmail = (profileId: string, n: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 = 1) =>
  `${n === 1 ? 'demo' : `demo${n}`}@${profileId}.example`;

/** Signs in through the form, as a person would, and waits until the header says who is signed in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, startAt = '/sign-in') {
  await page.goto(startAt);
  const { t } = await messagesOf(page);
  await page.getByLabel(t('auth.fields.email.label')).fill(email);
  await page.getByLabel(t('auth.fields.password.label'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('auth.signIn.submit') }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: t('auth.header.signOut') })).toBeVisible();
  return t;
}
