import { sql, type Kysely } from 'kysely';

// Frozen. The listing model: how to join, contacts with visibility tiers, online access, eligibility,
// operational status and notices, cost; seekers' contact requests and reports; operators' crisis helplines.
// Scalar columns hold what search filters on (join mode, running status, cost model); the details are JSON
// documents read whole with the listing.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table resources
    add column join_mode text not null default 'UNKNOWN',
    add column joining jsonb not null default '{}'::jsonb,
    add column contacts jsonb not null default '[]'::jsonb,
    add column online jsonb,
    add column eligibility jsonb,
    add column operational_status text not null default 'ACTIVE',
    add column status_until text,
    add column notices jsonb not null default '[]'::jsonb,
    add column cost_model text not null default 'UNKNOWN',
    add column cost jsonb not null default '{}'::jsonb`.execute(db);
  // Existing rows said free or not free; keep what they said (Clarifications: isFree true → FREE, false → FIXED_FEE).
  await sql`update resources set cost_model = case when is_free then 'FREE' else 'FIXED_FEE' end`.execute(db);
  await sql`alter table resources alter column is_free set default false`.execute(db);
  await sql`alter table locations add column access_notes text`.execute(db);
  await sql`alter table schedules add column cancellation_reasons jsonb not null default '{}'::jsonb`.execute(db);
  await sql`alter table topics add column sensitive boolean not null default false`.execute(db);
  await sql`update topics set sensitive = true
    where slug in ('suicidal-thoughts', 'self-harm', 'suicide-bereavement', 'eating-disorders', 'trauma-and-ptsd')`.execute(
    db,
  );

  // A seeker's message to the organiser of a listing; kept 30 days at most (purgeContactRequests).
  await sql`create table contact_requests (
    id serial primary key,
    resource_id integer not null references resources(id) on delete cascade,
    organization_id integer not null references organizations(id) on delete cascade,
    message text not null,
    reply_to text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index contact_requests_org_idx on contact_requests (organization_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index contact_requests_created_idx on contact_requests (created_at)`.execute(db);

  await sql`create table resource_reports (
    id serial primary key,
    resource_id integer not null references resources(id) on delete cascade,
    reason text not null,
    details text,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index resource_reports_resource_idx on resource_reports (resource_id, created_at desc)`.execute(db);
  await sql`create index resource_reports_created_idx on resource_reports (created_at desc, id desc)`.execute(db);

  // Operator data, loaded by `cli helplines import`; never partner-editable.
  await sql`create table helplines (
    id serial primary key,
    country text not null,
    name text not null,
    contacts jsonb not null,
    hours text,
    open_24x7 boolean not null,
    languages text[] not null default '{}',
    source text not null,
    verified_at timestamptz not null,
    notes text,
    unique (country, name)
  )`.execute(db);
  // One row per number, each with the page that states it (999 and 112 in the UK have separate sources).
  await sql`create table emergency_numbers (
    country text not null,
    number text not null,
    position integer not null default 0,
    source text not null,
    verified_at timestamptz not null,
    primary key (country, number)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists emergency_numbers`.execute(db);
  await sql`drop table if exists helplines`.execute(db);
  await sql`drop table if exists resource_reports`.execute(db);
  await sql`drop table if exists contact_requests`.execute(db);
  await sql`alter table topics drop column sensitive`.execute(db);
  await sql`alter table schedules drop column cancellation_reasons`.execute(db);
  await sql`alter table locations drop column access_notes`.execute(db);
  await sql`alter table resources alter column is_free set default true`.execute(db);
  await sql`alter table resources drop column join_mode, drop column joining, drop column contacts, drop column online,
    drop column eligibility, drop column operational_status, drop column status_until, drop column notices,
    drop column cost_model, drop column cost`.execute(db);
}
