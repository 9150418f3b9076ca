/** Query keys of the staff console (house style 16). */
export const staffKeys = {
  all: ['staff'] as const,
  customerSearches: () => [...staffKeys.all, 'customer-search'] as const,
  customerSearch: (q: string) => [...staffKeys.customerSearches(), q] as const,
  customer: (id: string) => [...staffKeys.all, 'customer', id] as const,
  members: () => [...staffKeys.all, 'members'] as const,
};
