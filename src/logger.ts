import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs never carry GraphQL variables, search text or coordinates: request logs name the operation only.
 * The redaction list is a second line of defence for anything that slips into a log object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: {
      paths: [
        'variables', '*.variables', 'near', '*.near', 'latitude', 'longitude', '*.latitude', '*.longitude', 'text', '*.text',
        'authorization', '*.authorization', 'headers.authorization',
        // Database drivers (PGlite) attach the statement and its parameters (a searcher's point, their text) to errors.
        'params', '*.params', '*.*.params', 'query', '*.query', '*.*.query',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * What may be logged of an unexpected error: its kind, code and message, and the database's own diagnostics
 * (routine, constraint, table, column), never the statement or its parameters. Quoted values and decimal
 * numbers in the message are masked too: PostgreSQL quotes the offending input ("invalid input syntax for
 * type double precision: \"53.80\"").
 */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: maskValues(String(err)) };
  const e = err as Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.constructor?.name };
  for (const key of ['code', 'routine', 'constraint', 'table', 'column', 'severity'] as const) {
    if (typeof e[key] === 'string') out[key] = e[key];
  }
  if (typeof e.message === 'string') out.message = maskValues(e.message).slice(0, 500);
  // Our own bugs: where it happened matters, and a stack holds code locations, not data.
  if (typeof e.stack === 'string' && !('query' in e) && !('params' in e)) out.stack = maskValues(e.stack).slice(0, 4000);
  return out;
}

const maskValues = (text: string) => text.replace(/"[^"]*"|'[^']*'/g, '"…"').replace(/-?\d+\.\d+/g, '#.#');
