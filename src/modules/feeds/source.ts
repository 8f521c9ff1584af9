import { lookup } from 'node:dns/promises';
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { FeedFormatError } from './formats/mapped.ts';

// Reading a feed from a file, a directory (HSDS CSV) or a URL: bounded in time and size, conditional when the
// caller knows the last ETag / Last-Modified.

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allow loopback and private addresses (tests and local feeds only). */
  allowPrivate: boolean;
}

export type Loaded =
  | { kind: 'text'; body: string; label: string; etag: string | null; lastModified: string | null }
  | { kind: 'directory'; dir: string; label: string }
  | { kind: 'not-modified'; label: string };

/** A feed that could not be fetched or read (network, size, timeout, missing file). */
export class SourceError extends Error {}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function loadSource(
  location: string,
  limits: FetchLimits,
  conditional: { etag?: string | null; lastModified?: string | null } = {},
): Promise<Loaded> {
  if (isUrl(location)) return fetchUrl(location, limits, conditional);
  if (!existsSync(location)) throw new SourceError(`${location}: no such file or directory`);
  const st = statSync(location);
  if (st.isDirectory() || /(^|\/)datapackage\.json$/.test(location) || location.endsWith('.csv')) {
    return { kind: 'directory', dir: st.isDirectory() ? location : path.dirname(location), label: location };
  }
  if (st.size > limits.maxBytes)
    throw new SourceError(
      `${location}: the file is ${st.size} bytes, over the limit of ${limits.maxBytes} (FEED_MAX_BYTES)`,
    );
  const fh = await open(location, 'r');
  try {
    const buf = await fh.readFile();
    return { kind: 'text', body: decode(buf, location), label: location, etag: null, lastModified: null };
  } finally {
    await fh.close();
  }
}

function decode(buf: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new FeedFormatError(label, null, 'not UTF-8 text');
  }
}

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['0.0.0.0', 8],
  ['100.64.0.0', 10],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::', 128],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

/** Whether an address is loopback, private or link-local (where a feed URL must not lead, unless allowed). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? privateRanges.check(mapped[1]!, 'ipv4') : privateRanges.check(address, 'ipv6');
  }
  return false;
}

/** Refuses a URL whose host resolves to a private address (a feed must not make the server probe its own network). */
export async function checkPublicUrl(url: string, allowPrivate: boolean): Promise<void> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SourceError(`${url.slice(0, 200)}: not a valid URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new SourceError(`${url}: only http and https feeds are supported`);
  if (allowPrivate) return;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new SourceError(`${url}: the host ${host} does not resolve`);
  }
  if (addresses.some(isPrivateAddress))
    throw new SourceError(
      `${url}: the host resolves to a private or loopback address (FEEDS_ALLOW_PRIVATE=true allows it, for tests)`,
    );
}

async function fetchUrl(
  url: string,
  limits: FetchLimits,
  conditional: { etag?: string | null; lastModified?: string | null },
): Promise<Loaded> {
  await checkPublicUrl(url, limits.allowPrivate);
  const headers: Record<string, string> = {
    accept: 'application/json, text/csv;q=0.5, */*;q=0.1',
    'user-agent': 'PeerAtlas-feeds/0.1',
  };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let res: Response;
  try {
    // Redirects are followed by hand so that each hop is checked against private addresses too.
    let target = url;
    for (let hop = 0; ; hop++) {
      res = await fetch(target, { headers, signal, redirect: 'manual' });
      const next = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || res.status === 304 || !next) break;
      if (hop >= 5) throw new SourceError(`${url}: too many redirects`);
      target = new URL(next, target).toString();
      await checkPublicUrl(target, limits.allowPrivate);
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (signal.aborted) throw new SourceError(`${url}: no answer within ${limits.timeoutMs} ms (FEED_TIMEOUT_MS)`);
    throw new SourceError(
      `${url}: ${err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err)}`,
    );
  }
  if (res.status === 304) return { kind: 'not-modified', label: url };
  if (!res.ok) throw new SourceError(`${url}: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await res.body?.cancel();
    throw new SourceError(
      `${url}: the feed is ${declared} bytes, over the limit of ${limits.maxBytes} (FEED_MAX_BYTES)`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes)
        throw new SourceError(`${url}: the feed is over the limit of ${limits.maxBytes} bytes (FEED_MAX_BYTES)`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (signal.aborted) throw new SourceError(`${url}: not received within ${limits.timeoutMs} ms (FEED_TIMEOUT_MS)`);
    throw new SourceError(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return {
    kind: 'text',
    body: decode(Buffer.concat(chunks), url),
    label: url,
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
  };
}
