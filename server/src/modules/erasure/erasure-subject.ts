import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TConnectorSubject } from '../connectors/connector.ts';

/** Who the systems know the customer as, and the language of the last email. */
export type TErasureSubject = TConnectorSubject & { language: string };

/**
 * Sealed with the server secret and bound to the request: a database dump alone does not reveal
 * the address, and a sealed subject copied onto another request does not open there.
 */
export function sealSubject(secret: TServerSecret, requestId: string, subject: TErasureSubject): string {
  return secret.seal(JSON.stringify({ requestId, ...subject }));
}

export function openSubject(secret: TServerSecret, requestId: string, sealed: string | null): TErasureSubject | null {
  if (!sealed) return null;
  const opened = JSON.parse(secret.open(sealed)) as Partial<TErasureSubject> & { requestId?: string };
  if (opened.requestId !== requestId || !opened.customerId || !opened.email || !opened.customerNumber) throw new Error('sealed subject of another erasure request');
  return { customerId: opened.customerId, customerNumber: opened.customerNumber, email: opened.email, language: opened.language ?? 'en' };
}
