import { sql, type Kysely } from 'kysely';

// Frozen: this file must keep producing the same schema for ever. It imports nothing from src/.
// One statement per call: PGlite's extended protocol refuses multi-statement strings.

const statements = [
  `create extension if not exists cube`,
  `create extension if not exists earthdistance`,
  `create extension if not exists pg_trgm`,
  `create extension if not exists unaccent`,

  // Maps a listing's language to the text-search configuration that stems it.
  `create or replace function pa_tsconfig(lang text) returns regconfig
     language sql immutable parallel safe as $$
       select (case lang
         when 'en' then 'english' when 'es' then 'spanish' when 'pt' then 'portuguese'
         when 'fr' then 'french' when 'de' then 'german' when 'it' then 'italian'
         when 'nl' then 'dutch' when 'sv' then 'swedish' when 'da' then 'danish'
         when 'no' then 'norwegian' when 'fi' then 'finnish' else 'simple' end)::regconfig
     $$`,

  // Process-independent secrets and flags, e.g. the key that signs pagination cursors.
  `create table app_settings (key text primary key, value text not null)`,

  `create table organizations (
     id integer generated always as identity primary key,
     name text not null,
     url text,
     trusted boolean not null default false,
     created_at timestamptz not null default now()
   )`,

  `create table api_keys (
     id text primary key,
     role text not null check (role in ('partner', 'moderator', 'analyst')),
     name text not null,
     organization_id integer references organizations(id),
     secret_hash text not null,
     created_at timestamptz not null default now(),
     last_used_at timestamptz,
     revoked_at timestamptz,
     check ((role = 'partner') = (organization_id is not null))
   )`,

  `create table topics (
     id integer generated always as identity primary key,
     slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
     name text not null,
     description text,
     parent_id integer references topics(id)
   )`,
  `create index topics_parent_idx on topics (parent_id)`,

  `create table resources (
     id integer generated always as identity primary key,
     organization_id integer not null references organizations(id),
     kind text not null check (kind in ('PEER_GROUP', 'WORKSHOP', 'ONLINE_COMMUNITY')),
     external_id text,
     name text not null,
     description text,
     format text not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
     languages text[] not null default '{}',
     is_free boolean not null default true,
     audiences text[] not null default '{}',
     accessibility text[] not null default '{}',
     url text,
     status text not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
     version integer not null default 1,
     last_verified_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     facilitation text check (facilitation in ('PEER_LED', 'PROFESSIONAL', 'CO_FACILITATED')),
     capacity integer check (capacity >= 1),
     registration_url text,
     platform text,
     moderated boolean,
     moderation_note text,
     search_doc text not null default '',
     search_tsv tsvector not null default ''::tsvector,
     unique (organization_id, external_id)
   )`,
  `create index resources_status_id_idx on resources (status, id)`,
  `create index resources_status_name_idx on resources (status, lower(name), id)`,
  `create index resources_status_updated_idx on resources (status, updated_at desc, id desc)`,
  `create index resources_org_idx on resources (organization_id, id)`,
  `create index resources_tsv_idx on resources using gin (search_tsv)`,
  `create index resources_doc_trgm_idx on resources using gin (search_doc gin_trgm_ops)`,
  `create index resources_created_idx on resources (created_at)`,

  // One location per listing. An approximate one holds only the rounded point: the exact one is never stored.
  `create table locations (
     resource_id integer primary key references resources(id) on delete cascade,
     name text,
     address text,
     locality text,
     region text,
     postal_code text,
     country text not null check (country ~ '^[A-Z]{2}$'),
     latitude double precision not null check (latitude between -90 and 90),
     longitude double precision not null check (longitude between -180 and 180),
     approximate boolean not null default false,
     check (not approximate or (address is null
       and latitude = round(latitude::numeric, 2)::double precision
       and longitude = round(longitude::numeric, 2)::double precision))
   )`,
  `create index locations_earth_idx on locations using gist (ll_to_earth(latitude, longitude))`,
  `create index locations_country_idx on locations (country, region)`,

  `create table schedules (
     resource_id integer primary key references resources(id) on delete cascade,
     rrule text not null,
     time_zone text not null,
     start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
     start_date date not null,
     duration_minutes integer not null check (duration_minutes between 1 and 1440),
     cancelled_dates date[] not null default '{}',
     occurrences_until timestamptz
   )`,

  `create table workshop_sessions (
     id integer generated always as identity primary key,
     resource_id integer not null references resources(id) on delete cascade,
     starts_at timestamptz not null,
     ends_at timestamptz,
     time_zone text not null,
     check (ends_at is null or ends_at > starts_at)
   )`,
  `create index workshop_sessions_resource_idx on workshop_sessions (resource_id, starts_at)`,

  `create table resource_topics (
     resource_id integer not null references resources(id) on delete cascade,
     topic_id integer not null references topics(id),
     primary key (resource_id, topic_id)
   )`,
  `create index resource_topics_topic_idx on resource_topics (topic_id, resource_id)`,

  // Upcoming meetings of peer groups and sessions of workshops, materialised for a rolling horizon so that
  // "meets within N days" and NEXT_MEETING ordering are index lookups instead of RRULE expansion per query.
  `create table resource_occurrences (
     resource_id integer not null references resources(id) on delete cascade,
     starts_at timestamptz not null,
     ends_at timestamptz,
     primary key (resource_id, starts_at)
   )`,
  `create index resource_occurrences_starts_idx on resource_occurrences (starts_at, resource_id)`,

  // A change by an untrusted partner to a published listing waits here; the public keeps the row above.
  `create table resource_revisions (
     id integer generated always as identity primary key,
     resource_id integer not null references resources(id) on delete cascade,
     state text not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
     patch jsonb not null,
     base_version integer not null,
     submitted_by text not null,
     note text,
     created_at timestamptz not null default now(),
     decided_at timestamptz,
     decided_by text
   )`,
  `create unique index resource_revisions_one_pending_idx on resource_revisions (resource_id) where state = 'PENDING'`,

  `create table resource_history (
     id integer generated always as identity primary key,
     resource_id integer not null references resources(id) on delete cascade,
     actor_key_id text,
     actor_role text not null,
     action text not null,
     changed_fields text[] not null default '{}',
     before jsonb,
     after jsonb,
     note text,
     created_at timestamptz not null default now()
   )`,
  `create index resource_history_resource_idx on resource_history (resource_id, id)`,

  // Vocabulary of listing words, for correcting typos in search text before full-text matching.
  `create table search_words (word text primary key)`,
  `create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_settings',
    'search_words',
    'resource_history',
    'resource_revisions',
    'resource_occurrences',
    'resource_topics',
    'workshop_sessions',
    'schedules',
    'locations',
    'resources',
    'topics',
    'api_keys',
    'organizations',
  ]) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql.raw(`drop function if exists pa_tsconfig(text)`).execute(db);
}
