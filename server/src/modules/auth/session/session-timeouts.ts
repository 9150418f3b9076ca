/** security.md line 3: enforced on the server, never trusted to the cookie's own expiry. */
export const SESSION_TIMEOUTS = {
  customer: { idleMs: 15 * 60_000, absoluteMs: 12 * 60 * 60_000 },
  staff: { idleMs: 10 * 60_000, absoluteMs: 8 * 60 * 60_000 },
} as const;

/**
 * security.md line 6: step-up guarded actions need an authentication at most this old: five
 * minutes, or less with STEP_UP_WINDOW_SECONDS (the browser journeys use a short window to see the
 * re-authentication dialog). Never more: config/env.ts refuses values above 300 at start-up, and
 * this clamps again. Read here rather than passed down because every guard shares the one value.
 */
export const STEP_UP_WINDOW_MS = Math.min(5 * 60_000, Number(process.env.STEP_UP_WINDOW_SECONDS ?? 300) * 1000 || 5 * 60_000);

/** A session waiting for its second factor has this long to finish. */
export const SECOND_FACTOR_WINDOW_MS = 5 * 60_000;

export type TPrincipalKind = keyof typeof SESSION_TIMEOUTS;
