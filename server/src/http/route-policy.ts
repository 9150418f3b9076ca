/**
 * Every route declares who may call it (security.md line 15). `public` routes need no session;
 * the authorization matrix test reads these declarations. Permission policies arrive with sign-in.
 */
export type TRoutePolicy = { kind: 'public'; why: string };

export const publicRoute = (why: string): TRoutePolicy => ({ kind: 'public', why });
