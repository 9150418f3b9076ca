import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ZRequestViewSchema, type TFileRequest, type TRequestMessageBody, type TRequestView } from '@portal/shared/schemas/requests.schema';
import { apiClient } from '../../../lib/api-client';
import { REQUESTS_URL, requestUrl } from './get-requests';
import { requestKeys } from './query-keys';

/** The answer is the new state of the request: it becomes the detail, and the list is fetched again. */
function storeView(queryClient: QueryClient, view: TRequestView) {
  queryClient.setQueryData(requestKeys.detail(view.id), view);
  return queryClient.invalidateQueries({ queryKey: requestKeys.lists(), exact: true });
}

/** POST /api/requests: 201 with the request; 409 `conflict` when one of that type is open. */
export function useFileRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TFileRequest) => apiClient.post(REQUESTS_URL, body, { schema: ZRequestViewSchema }),
    onSuccess: (view) => storeView(queryClient, view),
  });
}

/** POST /api/requests/:id/messages: the thread with the new message. */
export function useSendRequestMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRequestMessageBody) => apiClient.post(`${requestUrl(id)}/messages`, body, { schema: ZRequestViewSchema }),
    onSuccess: (view) => storeView(queryClient, view),
  });
}

/** POST /api/requests/:id/cancel. */
export function useCancelRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post(`${requestUrl(id)}/cancel`, {}, { schema: ZRequestViewSchema }),
    onSuccess: (view) => storeView(queryClient, view),
  });
}
