import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_DIR } from './repo-paths.ts';

export function readServerVersion(): string {
  const manifest = JSON.parse(readFileSync(join(SERVER_DIR, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
