import { fileURLToPath } from 'node:url';

/** The data directory of an e2e server (support/e2e-servers.ts gives each its DATA_DIR from here). */
export const dataDirOf = (serverName: string) => fileURLToPath(new URL(`../../.data/e2e/${serverName}`, import.meta.url));
