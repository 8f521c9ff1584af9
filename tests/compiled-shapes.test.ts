import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './helpers/database.ts';
import type { Database } from '../src/db/database.ts';
import { CompiledShapes } from '../src/db/compiled-shapes.ts';
import { requestDb, StatementTally } from '../src/db/request-db.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

describe('CompiledShapes', () => {
  it('runs a shape compiled once with each call’s parameters, through the handle’s plugins', async () => {
    const shapes = new CompiledShapes<{ id: number; slug: string }>();
    let builds = 0;
    const bySlug = (db: typeof database.db, slug: string) =>
      shapes.run(db, 'by slug', [slug], (db) => {
        builds++;
        return db.selectFrom('topics').select(['id', 'slug']).where('slug', '=', slug);
      });
    const tally = new StatementTally();
    const db = requestDb(database.db, tally);
    const [anxiety] = await bySlug(db, 'anxiety');
    const [grief] = await bySlug(db, 'depression');
    expect(anxiety?.slug).toBe('anxiety');
    expect(grief?.slug).toBe('depression');
    expect(await bySlug(db, 'no-such-topic')).toEqual([]);
    expect(builds).toBe(1);
    expect(tally.count).toBe(3);
  });

  it('refuses a builder that binds a value of its own, which a later call could not replace', async () => {
    const shapes = new CompiledShapes<{ id: number }>();
    await expect(
      shapes.run(database.db, 'own value', ['anxiety'], (db) =>
        db.selectFrom('topics').select('id').where('slug', '=', 'anxiety').where('sensitive', '=', false),
      ),
    ).rejects.toThrow(/not exactly the values passed/);
    await expect(
      shapes.run(database.db, 'fewer', ['anxiety', 1], (db) =>
        db
          .selectFrom('topics')
          .select('id')
          .where(sql<boolean>`slug = ${'anxiety'}`),
      ),
    ).rejects.toThrow(/not exactly the values passed/);
  });
});
