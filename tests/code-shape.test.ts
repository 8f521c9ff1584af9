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
    for (const file of ['db/seeds/demo.ts', 'src/db/seed.ts', 'src/modules/resources/listing.ts', 'src/modules/schedules/recurrence.ts']) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((f) => f.startsWith('db/migrations/')).length).toBe(readdirSync(path.join(root, 'db/migrations')).length);
  });

  it('never imports test code from the application', () => {
    const offenders = sourceFiles('src').filter((f) => /from\s+'(\.\.\/)+tests\/|import\(\s*'(\.\.\/)+tests\//.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
