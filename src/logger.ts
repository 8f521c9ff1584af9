import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs never carry GraphQL variables, search text or coordinates: request logs name the operation only.
 * The redaction list is a second line of defence for anything that slips into a log object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['variables', '*.variables', 'near', '*.near', 'latitude', 'longitude', '*.latitude', '*.longitude', 'text', '*.text', 'authorization', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
