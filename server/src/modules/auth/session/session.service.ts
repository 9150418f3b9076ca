import type { Db, DbOrTx } from '../../../db/client.ts';
import type { TClock } from '../../../lib/clock.ts';
import {
  findLiveSessionByTokenHash,
  insertSession,
  listLiveSessions,
  revokePrincipalSessions,
  revokeSession,
  updateSession,
  type TSessionRow,
} from './session.repository.ts';
import { SECOND_FACTOR_WINDOW_MS, SESSION_TIMEOUTS, type TPrincipalKind } from './session-timeouts.ts';
import { hashSessionToken, isWellFormedSessionToken, newSessionToken } from './session-token.ts';

export type TPrincipalRef = { kind: TPrincipalKind; id: string };

export type TLiveSession = {
  id: string;
  principal: TPrincipalRef;
  secondFactorPending: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  authenticatedAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  impersonationId: string | null;
  userAgent: string;
  ipPrefix: string | null;
};

/** Writes of last-seen are coalesced: the idle clock only needs minute precision, the database does not need a write per request. */
const TOUCH_EVERY_MS = 30_000;

/** Keeps only the network part of an address: enough to tell devices apart, not to locate a person. */
export function ipPrefixOf(ip: string): string | null {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}::/48`;
  return null;
}

function toLive(row: TSessionRow): TLiveSession {
  const kind = row.principalKind as TPrincipalKind;
  const timeouts = SESSION_TIMEOUTS[kind];
  const idle = new Date(row.lastSeenAt.getTime() + (row.secondFactorPending ? SECOND_FACTOR_WINDOW_MS : timeouts.idleMs));
  return {
    id: row.id,
    principal: { kind, id: row.principalId },
    secondFactorPending: row.secondFactorPending,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    authenticatedAt: row.authenticatedAt,
    idleExpiresAt: idle < row.absoluteExpiresAt ? idle : row.absoluteExpiresAt,
    absoluteExpiresAt: row.absoluteExpiresAt,
    impersonationId: row.impersonationId,
    userAgent: row.userAgent,
    ipPrefix: row.ipPrefix,
  };
}

export type TSessionService = ReturnType<typeof createSessionService>;

export function createSessionService(deps: { db: Db; clock: TClock }) {
  const { db, clock } = deps;

  return {
    /** Starts a session; the caller sets the returned token as the cookie. */
    async issue(
      tx: DbOrTx,
      input: { principal: TPrincipalRef; secondFactorPending: boolean; userAgent: string; ip: string },
    ): Promise<{ token: string; session: TLiveSession }> {
      const now = clock.now();
      const token = newSessionToken();
      const row = await insertSession(tx, {
        tokenHash: hashSessionToken(token),
        principalKind: input.principal.kind,
        principalId: input.principal.id,
        secondFactorPending: input.secondFactorPending,
        createdAt: now,
        lastSeenAt: now,
        authenticatedAt: now,
        absoluteExpiresAt: new Date(now.getTime() + SESSION_TIMEOUTS[input.principal.kind].absoluteMs),
        userAgent: input.userAgent.slice(0, 512),
        ipPrefix: ipPrefixOf(input.ip),
      });
      return { token, session: toLive(row) };
    },

    /**
     * The live session behind a cookie value, or undefined. Expired sessions are revoked on sight so
     * they also disappear from the devices list.
     */
    async resolve(token: string | undefined): Promise<TLiveSession | undefined> {
      if (!token || !isWellFormedSessionToken(token)) return undefined;
      const row = await findLiveSessionByTokenHash(db, hashSessionToken(token));
      if (!row) return undefined;
      const session = toLive(row);
      const now = clock.now();
      if (now >= session.idleExpiresAt) {
        await revokeSession(db, row.id, 'expired', now);
        return undefined;
      }
      if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
        await updateSession(db, row.id, { lastSeenAt: now });
        return toLive({ ...row, lastSeenAt: now });
      }
      return session;
    },

    /** security.md line 2: a new cookie value for the same session; the old value stops working at once. */
    async rotate(
      tx: DbOrTx,
      sessionId: string,
      changes: { authenticated?: boolean; secondFactorPending?: boolean; impersonationId?: string | null } = {},
    ): Promise<string> {
      const token = newSessionToken();
      const now = clock.now();
      await updateSession(tx, sessionId, {
        tokenHash: hashSessionToken(token),
        lastSeenAt: now,
        ...(changes.authenticated ? { authenticatedAt: now } : {}),
        ...(changes.secondFactorPending !== undefined ? { secondFactorPending: changes.secondFactorPending } : {}),
        ...(changes.impersonationId !== undefined ? { impersonationId: changes.impersonationId } : {}),
      });
      return token;
    },

    revoke: (tx: DbOrTx, sessionId: string, reason: string) => revokeSession(tx, sessionId, reason, clock.now()),

    revokeAll: (tx: DbOrTx, principal: TPrincipalRef, reason: string, exceptSessionId?: string) =>
      revokePrincipalSessions(tx, principal, reason, clock.now(), exceptSessionId),

    async list(principal: TPrincipalRef): Promise<TLiveSession[]> {
      const now = clock.now();
      return (await listLiveSessions(db, principal)).map(toLive).filter((s) => s.idleExpiresAt > now);
    },
  };
}
