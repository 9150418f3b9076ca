import type { TStaffRequestQueueQuery } from '@portal/shared/schemas/requests.schema';

/** Query keys of the requests feature (house style 16): the customer's own, the staff queue, the public metrics. */
export const requestKeys = {
  all: ['requests'] as const,
  lists: () => [...requestKeys.all, 'list'] as const,
  detail: (id: string) => [...requestKeys.all, 'detail', id] as const,
  staff: () => [...requestKeys.all, 'staff'] as const,
  staffQueues: () => [...requestKeys.staff(), 'queue'] as const,
  staffQueue: (query: TStaffRequestQueueQuery) => [...requestKeys.staffQueues(), query] as const,
  staffDetail: (id: string) => [...requestKeys.staff(), 'detail', id] as const,
  metrics: (year: number | undefined) => [...requestKeys.all, 'metrics', year ?? 'latest'] as const,
};
