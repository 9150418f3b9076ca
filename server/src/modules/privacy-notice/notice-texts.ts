import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { SERVER_DIR } from '../../lib/repo-paths.ts';

/** The operators' published policies, as received (server/assets/privacy-notices/<seedFile>); found from src/ and dist/. */
const NOTICE_DIR = join(SERVER_DIR, 'assets', 'privacy-notices');

/** The policy text of the profile's first notice version, in the notice's own language. */
export function readSeedNoticeText(profile: TProfile): string {
  const raw = readFileSync(join(NOTICE_DIR, profile.notice.seedFile), 'utf8');
  // Some seeds are page captures: drop a YAML front matter block and loader noise.
  return raw
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^Loading\.\.\.\s*/, '')
    .trim();
}
