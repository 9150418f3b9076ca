export * from './customers.ts';
export * from './staff.ts';
export * from './credentials.ts';
export * from './consent.ts';
export * from './meta.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './personal-data.ts';
