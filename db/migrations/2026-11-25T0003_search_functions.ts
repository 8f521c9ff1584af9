import { sql, type Kysely } from 'kysely';

// Frozen. Text search lives in SQL so that one statement can correct, stem and rank.

const statements = [
  // The text-search configurations a query is stemmed with: every language a listing can be stemmed in.
  `create or replace function pa_query_configs() returns regconfig[]
     language sql immutable parallel safe as $$
       select array['simple','english','spanish','portuguese','french','german','italian','dutch',
                    'swedish','danish','norwegian','finnish']::regconfig[]
     $$`,

  // Turns search text into a tsquery: every word must match (AND); each word matches itself or, when it is
  // not a known listing word, its closest known words by trigram similarity (typo tolerance), stemmed in
  // every supported language (the searcher's language is unknown). The text is a value, never SQL.
  // Stop words of any supported language are dropped.
  `create or replace function pa_search_query(q text) returns tsquery
     language plpgsql stable parallel safe as $$
     declare
       result tsquery;
       word_query tsquery;
       part tsquery;
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
             if numnode(part) > 0 then
               word_query := case when word_query is null then part else word_query || part end;
             end if;
           end loop;
         end loop;
         if word_query is not null then
           result := case when result is null then word_query else result && word_query end;
         end if;
       end loop;
       return coalesce(result, ''::tsquery);
     end
     $$`,

  // Recomputes the search document of listings (name > topics > description, stemmed in the listing's first
  // language) and adds their words to the typo-correction vocabulary.
  `create or replace function pa_refresh_search(ids integer[]) returns void
     language plpgsql volatile as $$
     begin
       update resources r set
         search_doc = lower(unaccent(r.name || ' ' || coalesce(tn.names, ''))),
         search_tsv =
           setweight(to_tsvector(pa_tsconfig(r.languages[1]), unaccent(r.name)), 'A') ||
           setweight(to_tsvector(pa_tsconfig(r.languages[1]), unaccent(coalesce(tn.names, ''))), 'B') ||
           setweight(to_tsvector(pa_tsconfig(r.languages[1]), unaccent(coalesce(r.description, ''))), 'C')
       from resources r2
       left join lateral (
         select string_agg(t.name, ' ' order by t.name) as names
         from resource_topics rt join topics t on t.id = rt.topic_id
         where rt.resource_id = r2.id
       ) tn on true
       where r.id = r2.id and r2.id = any(ids);

       insert into search_words (word)
       select distinct w
       from resources r,
            regexp_split_to_table(lower(unaccent(r.name || ' ' || coalesce(r.description, ''))), '[^[:alnum:]]+') as w
       where r.id = any(ids) and length(w) between 3 and 40
       on conflict do nothing;
     end
     $$`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  // Topic names are listing words too.
  await sql`insert into search_words (word)
            select distinct w from topics, regexp_split_to_table(lower(unaccent(name)), '[^[:alnum:]]+') as w
            where length(w) between 3 and 40 on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop function if exists pa_refresh_search(integer[])`).execute(db);
  await sql.raw(`drop function if exists pa_search_query(text)`).execute(db);
  await sql.raw(`drop function if exists pa_query_configs()`).execute(db);
}
