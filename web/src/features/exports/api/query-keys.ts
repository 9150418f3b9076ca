/** Query keys of the exports feature (house style 16). */
export const exportKeys = {
  all: ['exports'] as const,
  lists: () => [...exportKeys.all, 'list'] as const,
  detail: (id: string) => [...exportKeys.all, 'detail', id] as const,
};
