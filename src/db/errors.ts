/** Classifies database failures that are not bugs: a cancelled (timed-out) statement, or a lost server. */
export function databaseFailure(err: unknown): 'timeout' | 'unavailable' | null {
  const e = err as { code?: string; message?: string } | null;
  if (!e || typeof e !== 'object') return null;
  if (e.code === '57014') return 'timeout';
  const unavailable = [
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    '57P01',
    '57P02',
    '57P03',
    '08000',
    '08001',
    '08003',
    '08006',
  ];
  if (e.code && unavailable.includes(e.code)) return 'unavailable';
  if (
    e.message &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
      e.message,
    )
  ) {
    return 'unavailable';
  }
  return null;
}
