import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths never written to logs. Logs carry ids and codes; these catch personal data or secrets
 * that slip into a logged object anyway (security.md line 23).
 */
export const REDACTED_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'code',
  'email',
  'phone',
  'name',
  'givenName',
  'familyName',
  'address',
  'street',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.code',
  '*.email',
  '*.phone',
  '*.name',
  '*.givenName',
  '*.familyName',
  '*.address',
  '*.street',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createLogger(
  level: LoggerOptions['level'],
  destination?: Parameters<typeof pino>[1],
): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'custodia' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
