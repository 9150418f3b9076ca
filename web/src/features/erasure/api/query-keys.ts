/** Query keys of the erasure feature (house style 16). */
export const erasureKeys = {
  all: ['erasure'] as const,
  preview: (language: string) => [...erasureKeys.all, 'preview', language] as const,
  lists: () => [...erasureKeys.all, 'list'] as const,
  restriction: () => [...erasureKeys.all, 'restriction'] as const,
  certificate: (certificate: string) => [...erasureKeys.all, 'certificate', certificate] as const,
};
