import { sql, type Kysely } from 'kysely';

// Frozen. Search speed at 100k listings, measured by `npm run bench`:
// - pa_search_query stemmed each word in twelve configurations and OR-ed every result, so "hearing voices"
//   became a 47-node tsquery with the same lexeme up to eleven times; the GIN index looked each one up and
//   ts_rank_cd walked all of them for every matching listing. Each lexeme now appears once per word.
// - Online listings with the same URL are duplicate candidates: an index makes that lookup direct.

const statements = [
  `create or replace function pa_search_query(q text) returns tsquery
     language plpgsql stable parallel safe as $$
     declare
       result tsquery;
       word_query tsquery;
       part tsquery;
       seen text[];
       w text;
       candidate text;
       cfg regconfig;
     begin
       for w in
         select distinct t from regexp_split_to_table(lower(unaccent(coalesce(q, ''))), '[^[:alnum:]]+') as t
         where length(t) between 1 and 40 limit 12
       loop
         -- A stop word in any supported language ("de", "the", "und") is dropped: listings stemmed in that
         -- language have no lexeme for it, so requiring it would hide them.
         continue when exists (select 1 from unnest(pa_query_configs()) as c where numnode(plainto_tsquery(c, w)) = 0);
         word_query := null;
         seen := '{}';
         for candidate in
           select w
           union all
           (select sw.word from search_words sw
            where not exists (select 1 from search_words e where e.word = w)
              and length(w) >= 3
              and similarity(sw.word, w) >= 0.3
            order by similarity(sw.word, w) desc, sw.word limit 3)
         loop
           foreach cfg in array pa_query_configs() loop
             part := plainto_tsquery(cfg, candidate);
             continue when numnode(part) = 0 or part::text = any(seen);
             seen := seen || part::text;
             word_query := case when word_query is null then part else word_query || part end;
           end loop;
         end loop;
         if word_query is not null then
           result := case when result is null then word_query else result && word_query end;
         end if;
       end loop;
       return coalesce(result, ''::tsquery);
     end
     $$`,
  `create index if not exists resources_online_url_idx on resources (lower(url)) where format = 'ONLINE'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop index if exists resources_online_url_idx`).execute(db);
}
