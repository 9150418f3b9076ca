/** Query keys of the operator feature (house style 16). */
export const operatorKeys = {
  all: ['operator'] as const,
  profile: () => [...operatorKeys.all, 'profile'] as const,
};
