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
        'variables',
        '*.variables',
        'near',
        '*.near',
        'latitude',
        'longitude',
        '*.latitude',
        '*.longitude',
        'text',
        '*.text',
        'authorization',
        '*.authorization',
        'headers.authorization',
        // Database drivers (PGlite) attach the statement and its parameters (a searcher's point, their text) to errors.
        'params',
        '*.params',
        '*.*.params',
        'query',
        '*.query',
        '*.*.query',
      ],
      censor: '[redacted]',
    },
  };
  return pino(options, destination ?? stdoutDestination());
}

/** Log lines waiting for a slow reader beyond this are dropped, not kept in memory. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Standard output, written so that a dead or stalled log shipper cannot stop the server. pino's default writes
 * synchronously and, when the pipe is full (EAGAIN), sleeps and retries for ever, blocking the event loop, and at
 * exit it flushes the same way: the process hung on SIGTERM. Here writes are asynchronous, lines beyond
 * MAX_BUFFERED_BYTES are dropped, a closed pipe (EPIPE) turns logging off (pino's own handling), and the flush
 * at exit gives up at once on a reader that does not read.
 */
let stdout: pino.DestinationStream | undefined;

function stdoutDestination(): pino.DestinationStream {
  return (stdout ??= openStdout());
}

function openStdout(): pino.DestinationStream {
  let exiting = false;
  // Registered before pino's own exit hook (created with the destination below), so it runs first.
  process.once('exit', () => {
    exiting = true;
  });
  const stream = pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED_BYTES, retryEAGAIN: () => !exiting });
  const flushSync = stream.flushSync.bind(stream);
  stream.flushSync = () => {
    try {
      flushSync();
    } catch {
      // A reader that stopped reading: the remaining lines are lost, the exit is not.
    }
  };
  return stream;
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
  if (typeof e.stack === 'string' && !('query' in e) && !('params' in e))
    out.stack = maskValues(e.stack).slice(0, 4000);
  return out;
}

const maskValues = (text: string) => text.replace(/"[^"]*"|'[^']*'/g, '"…"').replace(/-?\d+\.\d+/g, '#.#');
