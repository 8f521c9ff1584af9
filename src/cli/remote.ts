import type { AdminFile } from '../admin/admin-file.ts';

/** Sends a CLI command to the running embedded server's admin endpoint (admin/endpoint.ts); returns its answer. */
export async function runRemotely(
  admin: AdminFile,
  argv: string[],
): Promise<{ exitCode: number; stdout: string[]; stderr: string[] }> {
  const res = await fetch(`http://127.0.0.1:${admin.port}/cli`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({ argv, cwd: process.cwd() }),
    signal: AbortSignal.timeout(600_000),
  });
  const body = (await res.json()) as { exitCode?: number; stdout?: string[]; stderr?: string[]; error?: string };
  if (res.status !== 200 || typeof body.exitCode !== 'number') {
    throw new Error(`the running server (process ${admin.pid}) refused the command: ${body.error ?? res.status}`);
  }
  return { exitCode: body.exitCode, stdout: body.stdout ?? [], stderr: body.stderr ?? [] };
}
