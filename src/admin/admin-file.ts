import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a running embedded server tells the CLI how to reach its admin endpoint: `DATA_DIR/peer-atlas-admin.json`
 * with `{pid, port, token}`, mode 0600, so only the user who owns the data directory can read the token.
 */
export interface AdminFile {
  pid: number;
  port: number;
  token: string;
}

export const adminFilePath = (dataDir: string) => path.join(dataDir, 'peer-atlas-admin.json');

/** The admin file of a live server on this data directory, or null (none, unreadable, or its process is gone). */
export function readAdminFile(dataDir: string): AdminFile | null {
  let parsed: Partial<AdminFile>;
  try {
    parsed = JSON.parse(readFileSync(adminFilePath(dataDir), 'utf8')) as Partial<AdminFile>;
  } catch {
    return null;
  }
  if (!Number.isInteger(parsed.pid) || !Number.isInteger(parsed.port) || typeof parsed.token !== 'string') return null;
  try {
    process.kill(parsed.pid!, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return parsed as AdminFile;
}
