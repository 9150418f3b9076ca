import { expect, type Page } from '@playwright/test';
import { messagesOf } from './i18n.ts';

/** The password of every documented demo account (README "Demo accounts"). */
export const DEMO_PASSWORD = 'custodia-demo-2026';

export const demoCustomerEmail = (profileId: string, which: 1 | 2 = 1) =>
  `${which === 1 ? 'demo' : 'demo2'}@${profileId}.example`;

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
