import { test, type TestInfo } from '@playwright/test';
import type { TProfileId } from '@portal/shared/profiles/profile.schema';

/**
 * Some journeys check behaviour that does not change with the operator (a revoked session, the wording
 * of a failed sign-in, keyboard focus order, the audit log's filters). To keep CI under 15 minutes they
 * run on the profiles named here; `E2E_ALL_PROFILES=1` runs them on every profile. The journeys the
 * product promises per operator and language (sign-in and correction, export, erasure, impersonation,
 * requests, axe on every page) never sample.
 */
export function sampleOnProfiles(testInfo: TestInfo, profiles: readonly TProfileId[]): void {
  test.skip(
    !isSampled(testInfo, profiles),
    `sampled: runs on ${profiles.join(', ')} (E2E_ALL_PROFILES=1 runs it on every profile)`,
  );
}

/** Whether a sampled step of a journey runs on this test's profile; the rest of the journey runs everywhere. */
export function isSampled(testInfo: TestInfo, profiles: readonly TProfileId[]): boolean {
  return process.env.E2E_ALL_PROFILES === '1' || profiles.includes(testInfo.project.name as TProfileId);
}
