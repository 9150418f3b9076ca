import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from './sign-in.ts';

/**
 * Answers the "confirm it is you" dialog with the password whenever it shows up during an action.
 * The e2e servers count a sign-in as fresh for only 20 s (STEP_UP_WINDOW_SECONDS), so any journey
 * that changes a phone number, email or second factor may be asked; journeys that test the dialog
 * itself answer it by hand instead.
 */
export async function reauthenticateWhenAsked(page: Page, t: (key: string) => string, password = DEMO_PASSWORD): Promise<void> {
  const dialog = page.getByRole('dialog', { name: t('auth.stepUp.title') });
  await page.addLocatorHandler(dialog, async () => {
    await dialog.getByLabel(t('auth.stepUp.passwordLabel')).fill(password);
    await dialog.getByRole('button', { name: t('auth.stepUp.submit') }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
}
