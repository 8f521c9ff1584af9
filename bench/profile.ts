import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { encodeId } from '../src/shared/ids.ts';
import { cpuMs, freePort, startServer } from './child.ts';
import { sampleListingIds } from './load.ts';
import { drive } from './measure.ts';
import type { Operation } from './ops.ts';
import { fmt, table } from './report.ts';
import { authHeaders, prepare, revokeKeys, runKeys } from './session.ts';
import { benchRoot } from './target.ts';
import { serverEnv, type Target } from './target.ts';

// `npm run bench -- --profile [--operation nearby]`: the server child under `node --cpu-prof` while one operation
// runs at the bench's concurrency, then the profile's busy time by package and by function (self time). The
// .cpuprofile stays in bench/.profiles for Chrome DevTools or speedscope.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, our source, node itself, or the VM's own buckets. */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node';
  const ours = /\/(src|bench)\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/${ours[2]!.split('/').slice(0, -1).join('/') || '.'}` : url;
}

export interface ProfileSummary {
  busyMs: number;
  byOwner: Array<{ owner: string; ms: number; share: number }>;
  byFunction: Array<{ fn: string; ms: number; share: number }>;
}

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += ms;
    const o = owner(url, functionName);
    byOwner.set(o, (byOwner.get(o) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${o}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const ranked = <K extends string>(m: Map<string, number>, key: K) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(
        ([name, ms]) =>
          ({ [key]: name, ms: Math.round(ms), share: Math.round((ms / busy) * 1000) / 10 }) as {
            [P in K]: string;
          } & { ms: number; share: number },
      );
  return { busyMs: Math.round(busy), byOwner: ranked(byOwner, 'owner'), byFunction: ranked(byFunction, 'fn') };
}

export async function profileOperation(
  target: Target,
  opts: { size: number; seed: number; duration: number; connections: number; warmSeconds: number },
  pick: (ctx: { peerGroupId: string }) => Operation,
): Promise<ProfileSummary & { requests: number; cpuMsPerRequest: number | null; file: string }> {
  const prepared = await prepare(target, opts.size, opts.seed);
  const keys = await runKeys(prepared.database.db);
  const [peerGroup] = await sampleListingIds(prepared.database.db, prepared.dataset, 1, 'PEER_GROUP');
  await prepared.database.close();
  const op = pick({ peerGroupId: encodeId('Resource', peerGroup ?? 1) });
  const dir = path.join(benchRoot, '.profiles');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
  const server = await startServer(serverEnv(target, await freePort()), undefined, [
    '--cpu-prof',
    '--cpu-prof-dir',
    dir,
  ]);
  let requests: number;
  let cpuMsPerRequest: number | null = null;
  try {
    const headers = authHeaders(keys, op.auth);
    if (opts.warmSeconds) await drive(server.url, op, headers, opts.connections, opts.warmSeconds);
    const before = cpuMs(server.pid);
    const result = await drive(server.url, op, headers, opts.connections, opts.duration);
    const after = cpuMs(server.pid);
    requests = result.requests;
    if (before !== null && after !== null && requests)
      cpuMsPerRequest = Math.round(((after - before) / requests) * 100) / 100;
  } finally {
    await server.stop();
    await revokeKeys(target, keys.keyIds);
  }
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (tsx's loader has another).
  const file = readdirSync(dir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) throw new Error(`no .cpuprofile in ${dir}: did the server exit cleanly?`);
  const summary = summarizeProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
  return { ...summary, requests, cpuMsPerRequest, file: path.join(dir, file) };
}

export function printProfile(name: string, p: Awaited<ReturnType<typeof profileOperation>>, top = 25) {
  console.log(
    `\nprofile: ${name}, ${p.requests} requests, server CPU ${fmt(p.cpuMsPerRequest ?? undefined)} ms/request, ` +
      `${p.busyMs} ms busy in the profile (warm-up and start-up included)`,
  );
  console.log(
    table(
      ['where', 'self ms', '% busy'],
      p.byOwner.slice(0, 15).map((o) => [o.owner, o.ms, o.share]),
    ),
  );
  console.log(
    table(
      ['function', 'self ms', '% busy'],
      p.byFunction.slice(0, top).map((f) => [f.fn, f.ms, f.share]),
    ),
  );
  console.log(`\nprofile file: ${p.file}`);
}
