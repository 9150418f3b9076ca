import { queryOptions } from '@tanstack/react-query';
import { ZVerifyCertificateResponseSchema } from '@portal/shared/schemas/erasure.schema';
import { apiClient } from '../../../lib/api-client';
import { erasureKeys } from './query-keys';

/** POST /api/erasure-certificates/verify: a read (it changes nothing), so it is a query keyed by the certificate. */
export function verifyCertificateQueryOptions(certificate: string) {
  return queryOptions({
    queryKey: erasureKeys.certificate(certificate),
    queryFn: () => apiClient.post('/api/erasure-certificates/verify', { certificate }, { schema: ZVerifyCertificateResponseSchema }),
    staleTime: Infinity,
  });
}
