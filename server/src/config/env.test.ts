import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('loadConfig', () => {
  it('when nothing is set, then the defaults serve cocomo on port 3000 with the embedded database', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.profileId).toBe('cocomo');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicOrigin).toBe('http://localhost:3000');
  });

  it('when several variables are wrong, then every one is named', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', PROFILE: 'acme', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^PROFILE: must be one of coco, cocomo, vanesa, coopt, sococo/m);
    expect(problems).toMatch(/^DATABASE_URL: must be a postgres/m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  });

  it('when APP_DATABASE_URL is set without DATABASE_URL, then it is refused: the embedded database has one login', () => {
    expect(() => loadConfig({ APP_DATABASE_URL: 'postgres://app@db/custodia' })).toThrow(/APP_DATABASE_URL: needs DATABASE_URL/);
    expect(loadConfig({ APP_DATABASE_URL: 'postgres://app@db/custodia', DATABASE_URL: 'postgres://owner@db/custodia' }).appDatabaseUrl).toBe(
      'postgres://app@db/custodia',
    );
  });

  it('when a variable is empty, then it counts as unset', () => {
    expect(loadConfig({ PROFILE: '', PORT: '' }).profileId).toBe('cocomo');
  });
});

describe('loadConfig in production', () => {
  it('when mail and keys are not configured, then each missing variable is named', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SMTP_URL: required[\s\S]*SERVER_SECRET: required[\s\S]*SIGNING_KEY_JWK: required[\s\S]*PUBLIC_ORIGIN: required/,
    );
  });

  it('when SMTP_URL is not an smtp URL, then it is refused', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: must be an smtp/);
  });
});
