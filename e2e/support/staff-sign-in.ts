import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { totpCode, totpStep } from '../../server/src/modules/auth/totp.ts';
import { dataDirOf } from './data-dir.ts';
import { messagesOf } from './i18n.ts';
import { DEMO_PASSWORD } from './sign-in.ts';

type TAuthenticator = { secret: string; lastStep: number };

/**
 * What an authenticator app on the tester's phone would remember: the secret the enrolment showed,
 * per staff email, kept in the profile's e2e data directory so it lives and dies with that database
 * (the first run enrols, later runs sign in with codes from the same secret).
 */
const storeOf = (profileId: string) => `${dataDirOf(profileId)}/e2e-authenticators.json`;

async function readStore(profileId: string): Promise<Record<string, TAuthenticator>> {
  try {
    return JSON.parse(await readFile(storeOf(profileId), 'utf8')) as Record<string, TAuthenticator>;
  } catch {
    return {};
  }
}

async function remember(profileId: string, email: string, authenticator: TAuthenticator): Promise<void> {
  const store = { ...(await readStore(profileId)), [email]: authenticator };
  await mkdir(dataDirOf(profileId), { recursive: true });
  await writeFile(storeOf(profileId), JSON.stringify(store, null, 2));
}

/** A code for a step never used before: the server accepts each step once, so wait for the next if needed. */
async function freshCode(page: Page, profileId: string, email: string, secret: string, lastStep: number): Promise<string> {
  let step = totpStep(new Date());
  while (step <= lastStep) {
    await page.waitForTimeout(1000);
    step = totpStep(new Date());
  }
  await remember(profileId, email, { secret, lastStep: step });
  return totpCode(secret, step);
}

/**
 * Signs a staff member in through the form with the demo password and their authenticator: on the
 * first sign-in of this database the enrolment shows the secret, which is read off the page and kept.
 */
export async function signInAsStaff(page: Page, profileId: string, email: string) {
  await page.goto('/sign-in');
  const { t } = await messagesOf(page);
  await page.getByLabel(t('auth.fields.email.label')).fill(email);
  await page.getByLabel(t('auth.fields.password.label'), { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t('auth.signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('auth.secondFactor.title') })).toBeVisible();

  const enrolment = page.getByRole('button', { name: t('auth.totp.start') });
  await expect(enrolment.or(page.getByLabel(t('auth.secondFactor.codeLabel')))).toBeVisible();
  const known = (await readStore(profileId))[email];
  if (await enrolment.isVisible()) {
    await enrolment.click();
    const secret = (await page.locator('code.totp-secret').innerText()).replace(/\s+/g, '');
    await page.getByLabel(t('auth.totp.codeLabel')).fill(await freshCode(page, profileId, email, secret, 0));
    await page.getByRole('button', { name: t('auth.totp.confirm') }).click();
    await page.getByRole('button', { name: t('auth.recoveryCodes.continue') }).click();
  } else {
    if (!known) throw new Error(`${email} has an authenticator this run does not know; reset .data/e2e/${profileId}`);
    await page.getByLabel(t('auth.secondFactor.codeLabel')).fill(await freshCode(page, profileId, email, known.secret, known.lastStep));
    await page.getByRole('button', { name: t('auth.secondFactor.submit') }).click();
  }
  await expect(page.getByRole('banner').getByRole('button', { name: t('auth.header.signOut') })).toBeVisible();
  return t;
}
