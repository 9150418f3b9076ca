import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, parseAuditDetails, ZTypedAuditEventSchema } from './audit-events.ts';

describe('typed audit events', () => {
  it('when an event matches its type, then the union parses it by its action', () => {
    expect(ZTypedAuditEventSchema.parse({ action: 'impersonation.ended', details: { endReason: 'expired' } })).toEqual({
      action: 'impersonation.ended',
      details: { endReason: 'expired' },
    });
  });

  it.each([
    ['an unknown key (free text has no place)', 'staff.customers.searched', { queryKind: 'email', resultCount: 1, query: 'jan@example.nl' }],
    ['a wrong code', 'impersonation.ended', { endReason: 'bored' }],
    ['a missing key', 'personal-data.viewed', { view: 'overview' }],
    ['a negative count', 'auth.session.revoked-others', { count: -1 }],
  ])('when details have %s, then they are refused', (_case, action, details) => {
    expect(() => parseAuditDetails(action, details)).toThrow();
    expect(ZTypedAuditEventSchema.safeParse({ action, details }).success).toBe(false);
  });

  it('when an action is not in the union yet, then its details pass through for the server’s ids-only check', () => {
    expect(parseAuditDetails('exports.archive.built', { files: 3 })).toEqual({ files: 3 });
  });

  it('names every action as a dotted lower-case code starting with its area', () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/);
  });
});
