import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateInputs } from '../src/db/pglite.ts';

// Rules about the code itself that a reviewer would otherwise have to remember.

const root = path.resolve(import.meta.dirname, '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );

describe('code shape', () => {
  it('builds the demo template from every file the seed reaches, not a hand-picked list', () => {
    const inputs = templateInputs().map((f) => path.relative(root, f));
    for (const file of [
      'db/seeds/demo.ts',
      'src/modules/demo/seed.ts',
      'src/modules/resources/listing.ts',
      'src/modules/schedules/recurrence.ts',
    ]) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((f) => f.startsWith('db/migrations/')).length).toBe(
      readdirSync(path.join(root, 'db/migrations')).length,
    );
  });

  it('has no import cycles in the application, type-only imports included', () => {
    const files = sourceFiles('src').filter((f) => !f.startsWith('src/generated/') && !f.endsWith('.test.ts'));
    const graph = new Map<string, string[]>();
    for (const f of files) {
      const text = readFileSync(path.join(root, f), 'utf8');
      const deps = [...text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm)].map((m) =>
        path.join(path.dirname(f), m[1]!),
      );
      graph.set(
        f,
        deps.filter((d) => files.includes(d)),
      );
    }
    // Depth-first search; a grey (on the current path) neighbour closes a cycle.
    const state = new Map<string, 'grey' | 'black'>();
    const cycles: string[][] = [];
    const visit = (f: string, trail: string[]) => {
      state.set(f, 'grey');
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'grey') cycles.push([...trail.slice(trail.indexOf(d)), f, d]);
        else if (!state.has(d)) visit(d, [...trail, f]);
      }
      state.set(f, 'black');
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('never imports test code from the application', () => {
    const offenders = sourceFiles('src').filter((f) =>
      /from\s+'(\.\.\/)+tests\/|import\(\s*'(\.\.\/)+tests\//.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
