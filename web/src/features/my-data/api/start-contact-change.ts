import { useMutation } from '@tanstack/react-query';
import { ZContactChangeStartedSchema, type TStartContactChangeRequest } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';

/** POST /api/my-data/contact-changes: a code goes to the new email address or phone number. */
export function startContactChange(input: TStartContactChangeRequest) {
  return apiClient.post(`${MY_DATA_URL}/contact-changes`, input, { schema: ZContactChangeStartedSchema });
}

export function useStartContactChange() {
  return useMutation({ mutationFn: startContactChange });
}
