import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSecListsTop10k } from './common-password-sources.ts';
import { commonPasswordCount, isCommonPassword } from './common-passwords.ts';

describe('isCommonPassword', () => {
  it('when a password is among the most common breached ones, then it is common, whatever its case', () => {
    for (const password of [
      'password',
      '123456789012',
      'qwertyuiop',
      'qwertyqwerty',
      '1qaz2wsx3edc',
      'PassWord',
      'QWERTYUIOP',
    ]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('when a password is random, then it is not common', () => {
    const random = randomBytes(15).toString('base64url');
    expect(random).toHaveLength(20);

    expect(isCommonPassword(random)).toBe(false);
    expect(isCommonPassword('')).toBe(false);
  });

  it('when the list loads, then it holds the full SecLists top 10 000 and more', () => {
    const top10k = readSecListsTop10k().filter((password) => password !== '');

    // The shipped file has exactly 10 000 passwords after a leading empty line.
    expect(top10k).toHaveLength(10_000);
    expect(top10k.every((password) => isCommonPassword(password))).toBe(true);
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
});
