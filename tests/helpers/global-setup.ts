import pg from 'pg';

// With DATABASE_URL, each worker makes its own database named after it (see database.ts); drop them at the end.
export default function setup() {
  return async function teardown() {
    const url = process.env.DATABASE_URL;
    if (!url) return;
    const base = new URL(url);
    const name = base.pathname.slice(1);
    base.pathname = '/postgres';
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${name}\\_w%`],
      );
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  };
}
