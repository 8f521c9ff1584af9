import { sql, type Kysely } from 'kysely';

// Frozen. Text search reads a bounded candidate set first (issue 14). Ranking every match (ts_rank_cd over each
// matching listing's search document, read from the heap) grew with the number of matches: 5,900 listings for
// "hearing voices" at 100k listings, ten times that at 1M. search_postings is an impact-ordered inverted index:
// one row per (listing, lexeme) of search_tsv, with the lexeme's precomputed "impact" in that listing, so the
// listings where a word weighs most are a short walk of a b-tree, whatever the size of the directory.
//
// impact = sum of the lexeme's position weights (A 1.0, B 0.4, C 0.2, D 0.1: ts_rank_cd's defaults) divided by
// ln(1 + positions in the document), which is exactly ts_rank_cd(search_tsv, lexeme, 1) for a one-word query
// and an upper-bound-like proxy for longer queries (see src/modules/search/repository.ts, textCandidates).
// created_at is the listing's: a cursor pins "now", and a walk reads candidates created before it, so listings
// inserted during a walk never change which listings are candidates.

const statements = [
  `create table search_postings (
     resource_id integer not null references resources(id) on delete cascade,
     lexeme text not null,
     impact real not null,
     created_at timestamptz not null
   )`,

  // The postings of one search document.
  `create or replace function pa_search_postings(tsv tsvector)
     returns table (lexeme text, impact real)
     language sql immutable parallel safe as $$
     with u as (select e.lexeme, e.positions, e.weights from unnest(tsv) as e),
          len as (select sum(coalesce(array_length(u.positions, 1), 1)) as n from u)
     select u.lexeme,
            (coalesce((select sum(case w when 'A' then 1.0 when 'B' then 0.4 when 'C' then 0.2 else 0.1 end)
                       from unnest(u.weights) as w), 0.1) / ln(1 + len.n))::real
     from u, len
   $$`,

  // Kept in step with search_tsv by whichever statement writes it (pa_refresh_search today), once per statement
  // over its transition tables: a row-level trigger doubled the time of refreshing a batch of 5,000 listings.
  // (Transition tables allow neither a column list nor two events on one trigger, hence two triggers, and the
  // update one compares the documents itself.)
  `create or replace function pa_search_postings_inserted() returns trigger
     language plpgsql as $$
     begin
       insert into search_postings (resource_id, lexeme, impact, created_at)
       select n.id, p.lexeme, p.impact, n.created_at from new_rows n, pa_search_postings(n.search_tsv) as p;
       return null;
     end
     $$`,
  `create or replace function pa_search_postings_updated() returns trigger
     language plpgsql as $$
     begin
       delete from search_postings sp using new_rows n join old_rows o on o.id = n.id
       where sp.resource_id = n.id and o.search_tsv is distinct from n.search_tsv;
       insert into search_postings (resource_id, lexeme, impact, created_at)
       select n.id, p.lexeme, p.impact, n.created_at
       from new_rows n join old_rows o on o.id = n.id, pa_search_postings(n.search_tsv) as p
       where o.search_tsv is distinct from n.search_tsv;
       return null;
     end
     $$`,
  `create trigger resources_search_postings_insert after insert on resources
     referencing new table as new_rows for each statement execute function pa_search_postings_inserted()`,
  `create trigger resources_search_postings_update after update on resources
     referencing old table as old_rows new table as new_rows for each statement execute function pa_search_postings_updated()`,

  `insert into search_postings (resource_id, lexeme, impact, created_at)
   select r.id, p.lexeme, p.impact, r.created_at from resources r, pa_search_postings(r.search_tsv) as p`,

  // The walk: one lexeme, highest impact first, ties by listing id; created_at rides along for the cursor's "now".
  `create index search_postings_walk_idx on search_postings (lexeme, impact desc, resource_id) include (created_at)`,
  // For the trigger's delete and the cascade: a listing's rows. (A primary key on (resource_id, lexeme) was as
  // large as the table; b-tree deduplication makes this one a fraction of it.)
  `create index search_postings_resource_idx on search_postings (resource_id)`,
  `analyze search_postings`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop trigger if exists resources_search_postings_insert on resources`).execute(db);
  await sql.raw(`drop trigger if exists resources_search_postings_update on resources`).execute(db);
  await sql.raw(`drop function if exists pa_search_postings_inserted()`).execute(db);
  await sql.raw(`drop function if exists pa_search_postings_updated()`).execute(db);
  await sql.raw(`drop table if exists search_postings`).execute(db);
  await sql.raw(`drop function if exists pa_search_postings(tsvector)`).execute(db);
}
