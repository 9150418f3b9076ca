/** Query keys of the account feature (house style 16). */
export const accountKeys = {
  all: ['account'] as const,
  deviceSessions: () => [...accountKeys.all, 'device-sessions'] as const,
};
