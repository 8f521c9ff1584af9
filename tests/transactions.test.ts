import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { testDatabase } from './helpers/database.ts';
import { unique } from './helpers/fixtures.ts';

// Every mutation is one transaction, and concurrent requests must not see or undo each other's. On PostgreSQL
// each transaction has its own pooled session; PGlite has one session for the process, so this checks that the
// driver serialises transactions instead of interleaving them on that session.

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function organizationNamed(name: string) {
  return database.db.selectFrom('organizations').select('id').where('name', '=', name).executeTakeFirst();
}

describe('concurrent transactions', () => {
  it('a rollback never undoes another transaction, and nothing uncommitted is visible outside', async () => {
    const doomed = unique('doomed org');
    const kept = unique('kept org');
    let seenFromOutside: unknown = 'not checked';
    const rolledBack = database.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('organizations').values({ name: doomed }).execute();
        await tick();
        throw new Error('roll back');
      })
      .catch((err: Error) => err.message);
    const committed = (async () => {
      await tick(); // lands while the first transaction is open (on PostgreSQL) or queued behind it (PGlite)
      await database.db.transaction().execute(async (trx) => {
        await trx.insertInto('organizations').values({ name: kept }).execute();
      });
    })();
    const reader = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      seenFromOutside = await organizationNamed(doomed);
    })();
    expect(await rolledBack).toBe('roll back');
    await Promise.all([committed, reader]);
    expect(seenFromOutside).toBeUndefined();
    expect(await organizationNamed(doomed)).toBeUndefined();
    expect(await organizationNamed(kept)).toBeDefined();
  });

  it('twenty overlapping transactions each commit or roll back on their own', async () => {
    const prefix = unique('overlap');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db
          .transaction()
          .execute(async (trx) => {
            await trx
              .insertInto('organizations')
              .values({ name: `${prefix}-${i}` })
              .execute();
            await tick();
            if (i % 2 === 0) throw new Error('roll back');
          })
          .catch(() => undefined),
      ),
    );
    const rows = await database.db
      .selectFrom('organizations')
      .select('name')
      .where('name', 'like', `${prefix}-%`)
      .execute();
    expect(rows.map((r) => r.name).sort()).toEqual(
      Array.from({ length: 10 }, (_, k) => `${prefix}-${2 * k + 1}`).sort(),
    );
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from organizations where name like ${prefix + '-%'}`.execute(database.db);
    expect(n.rows[0]!.n).toBe(10);
  });
});
