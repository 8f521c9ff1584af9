import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchRoot } from './target.ts';

// Result files and the printed table. results.json keeps one section per database kind and run type, so a
// PostgreSQL run, an embedded run and the growth series can sit side by side; each run replaces its own.

export function machine() {
  return {
    cpus: os.cpus().map((c) => ({ model: c.model, speedMHz: c.speed })),
    totalMemMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Merges `section` into bench/<file> under runs[kind][name]. */
export function writeSection(file: string, kind: string, name: string, section: unknown): string {
  const target = path.join(benchRoot, file);
  let doc: { machine?: unknown; runs?: Record<string, Record<string, unknown>> } = {};
  if (existsSync(target)) {
    try {
      doc = JSON.parse(readFileSync(target, 'utf8')) as typeof doc;
    } catch {
      doc = {};
    }
  }
  const runs = doc.runs ?? {};
  runs[kind] = { ...(runs[kind] ?? {}), [name]: section };
  writeFileSync(target, JSON.stringify({ machine: machine(), runs }, null, 2) + '\n');
  return target;
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const fmt = (x: number | undefined, digits = 1) =>
  x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits);
