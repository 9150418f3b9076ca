import { readSecListsTop10k, readZxcvbnCommonPasswords } from './common-password-sources.ts';

let commonPasswords: ReadonlySet<string> | null = null;

// Loaded on first use, not at import: most processes (jobs, CLIs) never check a password.
function load(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const password of [...readSecListsTop10k(), ...readZxcvbnCommonPasswords()]) {
    if (password !== '') set.add(password.toLowerCase());
  }
  return set;
}

/**
 * True when the password is on the local list of the most common breached passwords
 * (security.md line 8), ignoring case: "Password" is as guessable as "password".
 */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= load();
  return commonPasswords.has(password.toLowerCase());
}

/** How many distinct (lower-cased) passwords the list holds. */
export function commonPasswordCount(): number {
  commonPasswords ??= load();
  return commonPasswords.size;
}
