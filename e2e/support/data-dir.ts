/** The data directory of the server under test for a profile (playwright.config.ts sets DATA_DIR so). */
export const dataDirOf = (profileId: string) => `${process.cwd()}/../.data/e2e/${profileId}`;
