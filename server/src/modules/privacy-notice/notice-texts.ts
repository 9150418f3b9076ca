import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TProfile } from '@portal/shared/profiles/profile.schema';

/** The operators' published policies, as received (server/assets/privacy-notices/<seedFile>). */
const NOTICE_DIR = fileURLToPath(new URL('../../../assets/privacy-notices/', import.meta.url));

/** The policy text of the profile's first notice version, in the notice's own language. */
export function readSeedNoticeText(profile: TProfile): string {
  const raw = readFileSync(`${NOTICE_DIR}${profile.notice.seedFile}`, 'utf8');
  // Some seeds are page captures: drop a YAML front matter block and loader noise.
  return raw
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^Loading\.\.\.\s*/, '')
    .trim();
}
