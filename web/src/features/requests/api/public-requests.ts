import { queryOptions, useMutation } from '@tanstack/react-query';
import {
  ZIdDocumentUploadResponseSchema,
  ZPublicRequestConfirmResponseSchema,
  ZPublicRequestStartResponseSchema,
  ZRequestMetricsResponseSchema,
  type TPublicRequestStart,
} from '@portal/shared/schemas/requests.schema';
import type { z } from 'zod';
import type { ZIdDocumentUploadSchema } from '@portal/shared/schemas/requests.schema';
import { apiClient } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

const PUBLIC_URL = '/api/public-requests';

/** POST /api/public-requests: the same answer whether or not anyone with that email exists. */
export function useStartPublicRequest() {
  return useMutation({
    mutationFn: (body: TPublicRequestStart) => apiClient.post(PUBLIC_URL, body, { schema: ZPublicRequestStartResponseSchema }),
  });
}

/** POST /api/public-requests/:verificationId/confirm: 400 for a wrong code, 410 once it expired. */
export function useConfirmPublicRequest() {
  return useMutation({
    mutationFn: ({ verificationId, code }: { verificationId: string; code: string }) =>
      apiClient.post(`${PUBLIC_URL}/${encodeURIComponent(verificationId)}/confirm`, { code }, { schema: ZPublicRequestConfirmResponseSchema }),
  });
}

/** POST /api/public-requests/id-document: the last resort, with the upload token of the confirmation. */
export function useUploadIdDocument() {
  return useMutation({
    mutationFn: (body: z.input<typeof ZIdDocumentUploadSchema>) =>
      apiClient.post(`${PUBLIC_URL}/id-document`, body, { schema: ZIdDocumentUploadResponseSchema }),
  });
}

/** GET /api/public/request-metrics?year: 404 when the operator publishes none. */
export function requestMetricsQueryOptions(year: number | undefined) {
  return queryOptions({
    queryKey: requestKeys.metrics(year),
    queryFn: ({ signal }) =>
      apiClient.get(`/api/public/request-metrics${year ? `?year=${year}` : ''}`, { schema: ZRequestMetricsResponseSchema, signal }),
  });
}
