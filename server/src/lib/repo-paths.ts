import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from `start` to the first directory whose package.json has the given name. */
function findPackageDir(start: string, name: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (parsed.name === name) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${name} package above ${start}`);
    dir = parent;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** server/ — found the same way from src/ (tsx, vitest) and from the bundled dist/. */
export const SERVER_DIR = findPackageDir(here, '@portal/server');
/** The repository root (holds .data/ and web/). */
export const REPO_DIR = dirname(SERVER_DIR);
