import { computeDeadlines } from '@portal/shared/deadlines/compute-deadlines';
import { daysLeft, deadlineStatus } from '@portal/shared/deadlines/deadline-status';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import type { TDeadlines } from '@portal/shared/deadlines/deadline-types';
import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { isFinalRequestStatus, type TRequestDeadlines, type TRequestStatus } from '@portal/shared/schemas/requests.schema';

export type TDeadlineInput = {
  type: TRequestType;
  status: TRequestStatus;
  receivedAt: Date;
  extensionNoticeAt: Date | null;
  processorsInvolved: boolean;
  /** The customer's country, when known: picks the rules that protect them (else the strictest). */
  country: string | null;
};

/** The engine's answer for a stored request: computed on every read, never stored. */
export function engineDeadlines(profile: TProfile, input: TDeadlineInput): TDeadlines {
  return computeDeadlines(profile, {
    requestType: input.type,
    receivedAt: input.receivedAt,
    ...(input.country ? { residence: { country: input.country } } : {}),
    state: {
      processorsInvolved: input.processorsInvolved,
      ...(input.extensionNoticeAt ? { extensionNoticeAt: input.extensionNoticeAt } : {}),
    },
  });
}

export function presentDeadlines(profile: TProfile, input: TDeadlineInput, now: Date): TRequestDeadlines {
  const d = engineDeadlines(profile, input);
  const closed = isFinalRequestStatus(input.status);
  return {
    acknowledgeBy: d.acknowledgeBy?.toISOString() ?? null,
    answerBy: d.answerBy.toISOString(),
    answerOn: toLocalDate(d.answerBy, d.timeZone),
    firstAnswerBy: d.firstAnswerBy.toISOString(),
    extendableTo: d.extendableTo?.toISOString() ?? null,
    extension: d.extension,
    source: d.chosen.source,
    citation: d.chosen.text,
    timeZone: d.timeZone,
    daysLeft: closed ? null : daysLeft(now, d.answerBy, d.timeZone),
    state: closed ? 'closed' : deadlineStatus(now, d.answerBy, d.timeZone),
  };
}
