import { setupServer } from 'msw/node';
import { authHandlers } from './handlers/auth';
import { erasureHandlers } from './handlers/erasure';
import { operatorHandlers } from './handlers/operator';

/** The API as the tests see it; a test overrides a handler with `server.use(...)`. */
export const server = setupServer(...operatorHandlers, ...authHandlers, ...erasureHandlers);
