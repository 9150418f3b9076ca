import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  ZStaffRequestQueueResponseSchema,
  ZStaffRequestViewSchema,
  type TStaffRequestQueueQuery,
  type ZAssignRequestSchema,
  type ZCompleteRequestSchema,
  type ZDecideHoldSchema,
  type ZProposeHoldSchema,
  type ZReasonBodySchema,
  type ZRequestMessageBodySchema,
  type ZVerifyIdentitySchema,
} from '@portal/shared/schemas/requests.schema';
import { apiClient } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

const STAFF_REQUESTS_URL = '/api/staff/requests';
const staffRequestUrl = (id: string) => `${STAFF_REQUESTS_URL}/${encodeURIComponent(id)}`;

/** GET /api/staff/requests?status&type&due&assigned: the queue with its counts. */
export function staffRequestQueueQueryOptions(query: TStaffRequestQueueQuery) {
  return queryOptions({
    queryKey: requestKeys.staffQueue(query),
    queryFn: ({ signal }) => apiClient.get(queueUrl(query), { schema: ZStaffRequestQueueResponseSchema, signal }),
    // Other officers and the customers move requests on at any time: every visit asks again.
    staleTime: 0,
  });
}

function queueUrl(query: TStaffRequestQueueQuery): string {
  const search = new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
  return search.size > 0 ? `${STAFF_REQUESTS_URL}?${search.toString()}` : STAFF_REQUESTS_URL;
}

export function staffRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: requestKeys.staffDetail(id),
    queryFn: ({ signal }) => apiClient.get(staffRequestUrl(id), { schema: ZStaffRequestViewSchema, signal }),
    staleTime: 0,
  });
}

/** The link that downloads an ID document (privacy officers only; the server checks). */
export const staffDocumentHref = (id: string, documentId: string) => `${staffRequestUrl(id)}/documents/${encodeURIComponent(documentId)}`;

/** Every action of a privacy officer, by the path it posts to, with its body. */
export type TStaffRequestAction =
  | { kind: 'assign'; body: z.input<typeof ZAssignRequestSchema> }
  | { kind: 'acknowledge' }
  | { kind: 'verify-identity'; body: z.input<typeof ZVerifyIdentitySchema> }
  | { kind: 'extend'; body: z.input<typeof ZReasonBodySchema> }
  | { kind: 'complete'; body: z.input<typeof ZCompleteRequestSchema> }
  | { kind: 'reject'; body: z.input<typeof ZReasonBodySchema> }
  | { kind: 'messages'; body: z.input<typeof ZRequestMessageBodySchema> }
  | { kind: 'holds'; body: z.input<typeof ZProposeHoldSchema> }
  | { kind: 'decide-hold'; holdId: string; body: z.input<typeof ZDecideHoldSchema> };

function actionPath(id: string, action: TStaffRequestAction): string {
  if (action.kind === 'decide-hold') return `${staffRequestUrl(id)}/holds/${encodeURIComponent(action.holdId)}/decision`;
  return `${staffRequestUrl(id)}/${action.kind}`;
}

/**
 * POST /api/staff/requests/:id/<action>: each answers the updated request, which replaces the
 * cached detail; the queues (status, counts, assignment) are fetched again.
 */
export function useStaffRequestAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TStaffRequestAction) =>
      apiClient.post(actionPath(id, action), 'body' in action ? action.body : {}, { schema: ZStaffRequestViewSchema }),
    onSuccess: (view) => {
      queryClient.setQueryData(requestKeys.staffDetail(id), view);
      return queryClient.invalidateQueries({ queryKey: requestKeys.staffQueues() });
    },
  });
}
