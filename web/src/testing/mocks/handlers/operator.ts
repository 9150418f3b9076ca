import { http, HttpResponse } from 'msw';
import type { TApiError } from '@portal/shared/schemas/common.schema';
import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import { createPublicProfile } from '../../data-generators';

export const PROFILE_URL = '/api/profile';

/** GET /api/profile answering with `profile`. */
export function profileHandler(profile: TPublicProfileResponse = createPublicProfile()) {
  return http.get(PROFILE_URL, () => HttpResponse.json(profile));
}

/** GET /api/profile failing with the API's error envelope. */
export function profileErrorHandler(error: Partial<TApiError> = {}, status = 503) {
  const body: TApiError = {
    code: 'unavailable',
    message: 'The database is not reachable.',
    requestId: 'req-test-1',
    ...error,
  };
  return http.get(PROFILE_URL, () => HttpResponse.json(body, { status }));
}

export const operatorHandlers = [profileHandler()];
