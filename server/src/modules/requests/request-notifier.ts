import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TMailSender } from '../mail/send-mail.ts';
import type { TRequesterDetails } from '../../db/schema/requests.ts';
import { engineDeadlines } from './request-deadlines.ts';
import type { TRequestWithCustomer } from './requests.repository.ts';
import { deadlineInput } from './requests.presenter.ts';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';

export type TRequestNotice =
  | { kind: 'received' }
  | { kind: 'completed' }
  | { kind: 'acknowledged' | 'extended' | 'rejected' | 'message'; text?: string };

export type TNotifierDeps = { profile: TProfile; secret: TServerSecret; sendMail: TMailSender; publicOrigin: string };

/**
 * Emails the person a request belongs to: the account's address, or for a public request the
 * address the code went to. Resolved inside the transaction, sent by `flush` after it committed,
 * so a rolled-back change never announces anything.
 */
export function createRequestNotifier(deps: TNotifierDeps) {
  return {
    async prepare(db: DbOrTx, row: TRequestWithCustomer, notice: TRequestNotice): Promise<() => void> {
      const r = row.request;
      let to: string | undefined;
      let language = r.language;
      if (r.customerId) {
        const [c] = await db.select({ email: customers.email, language: customers.language, status: customers.status }).from(customers).where(eq(customers.id, r.customerId));
        if (c && c.status !== 'erased') ({ email: to, language } = c);
      } else if (r.requesterSealed) {
        to = (JSON.parse(deps.secret.open(r.requesterSealed)) as TRequesterDetails).email;
      }
      if (!to) return () => undefined;
      const d = engineDeadlines(deps.profile, deadlineInput(row));
      const dueDate = toLocalDate(d.answerBy, d.timeZone);
      const portalUrl = r.customerId ? `${deps.publicOrigin}/requests/${r.id}` : undefined;
      const base = { requestType: r.type, reference: r.reference, ...(portalUrl ? { portalUrl } : {}) };
      const recipient = to;
      return () => {
        if (notice.kind === 'received') deps.sendMail('request-received', { to: recipient, language, params: { ...base, dueDate } });
        else if (notice.kind === 'completed') deps.sendMail('request-completed', { to: recipient, language, params: base });
        else {
          const authority = deps.profile.supervisoryAuthority;
          deps.sendMail('request-update', {
            to: recipient,
            language,
            params: {
              ...base,
              kind: notice.kind,
              dueDate,
              ...(notice.text ? { text: notice.text } : {}),
              complaintTo: { name: authority.name, url: authority.complaintUrl ?? authority.url },
            },
          });
        }
      };
    },
  };
}

export type TRequestNotifier = ReturnType<typeof createRequestNotifier>;
