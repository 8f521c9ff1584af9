import type { ColumnType, Generated } from 'kysely';

// Row types of the tables in db/migrations. Rows stay in repositories; services see domain types.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  url: string | null;
  trusted: Generated<boolean>;
  created_at: DefaultTimestamp;
}

export interface ApiKeysTable {
  id: string;
  role: 'partner' | 'moderator' | 'analyst';
  name: string;
  organization_id: number | null;
  secret_hash: string;
  created_at: DefaultTimestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string | null;
  parent_id: number | null;
  sensitive: Generated<boolean>;
}

export interface ResourcesTable {
  id: Generated<number>;
  organization_id: number;
  kind: string;
  external_id: string | null;
  name: string;
  description: string | null;
  format: string;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  is_free: Generated<boolean>;
  audiences: ColumnType<string[], string[] | undefined, string[]>;
  accessibility: ColumnType<string[], string[] | undefined, string[]>;
  url: string | null;
  status: Generated<string>;
  version: Generated<number>;
  last_verified_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  facilitation: string | null;
  capacity: number | null;
  registration_url: string | null;
  platform: string | null;
  moderated: boolean | null;
  moderation_note: string | null;
  taken_down_at: Timestamp | null;
  join_mode: Generated<string>;
  joining: ColumnType<unknown, string | undefined, string>;
  contacts: ColumnType<unknown, string | undefined, string>;
  online: ColumnType<unknown, string | null | undefined, string | null>;
  eligibility: ColumnType<unknown, string | null | undefined, string | null>;
  operational_status: Generated<string>;
  status_until: ColumnType<string | null, string | null | undefined, string | null>;
  notices: ColumnType<unknown, string | undefined, string>;
  cost_model: Generated<string>;
  cost: ColumnType<unknown, string | undefined, string>;
  search_doc: Generated<string>;
  search_tsv: Generated<string>;
}

export interface LocationsTable {
  resource_id: number;
  name: string | null;
  address: string | null;
  locality: string | null;
  region: string | null;
  postal_code: string | null;
  country: string;
  latitude: number;
  longitude: number;
  approximate: Generated<boolean>;
  access_notes: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SchedulesTable {
  resource_id: number;
  rrule: string;
  time_zone: string;
  start_time: string;
  start_date: ColumnType<string, string, string>;
  duration_minutes: number;
  cancelled_dates: ColumnType<string[], string[] | undefined, string[]>;
  occurrences_until: Timestamp | null;
  /** Local date (YYYY-MM-DD) → why the meeting on it is cancelled. */
  cancellation_reasons: ColumnType<Record<string, string>, string | undefined, string>;
}

export interface WorkshopSessionsTable {
  id: Generated<number>;
  resource_id: number;
  starts_at: Timestamp;
  ends_at: Timestamp | null;
  time_zone: string;
}

export interface ResourceTopicsTable {
  resource_id: number;
  topic_id: number;
}

export interface ResourceOccurrencesTable {
  resource_id: number;
  starts_at: Timestamp;
  ends_at: Timestamp | null;
}

export interface ResourceRevisionsTable {
  id: Generated<number>;
  resource_id: number;
  state: Generated<string>;
  patch: ColumnType<unknown, string, string>;
  base_version: number;
  submitted_by: string;
  note: string | null;
  created_at: DefaultTimestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
}

export interface ResourceHistoryTable {
  id: Generated<number>;
  resource_id: number;
  actor_key_id: string | null;
  actor_role: string;
  action: string;
  changed_fields: ColumnType<string[], string[] | undefined, string[]>;
  before: ColumnType<unknown, string | null, string | null>;
  after: ColumnType<unknown, string | null, string | null>;
  note: string | null;
  created_at: DefaultTimestamp;
}

export interface SearchWordsTable {
  word: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface ContactRequestsTable {
  id: Generated<number>;
  resource_id: number;
  organization_id: number;
  message: string;
  reply_to: string;
  created_at: DefaultTimestamp;
}

export interface ResourceReportsTable {
  id: Generated<number>;
  resource_id: number;
  reason: string;
  details: string | null;
  created_at: DefaultTimestamp;
}

export interface HelplinesTable {
  id: Generated<number>;
  country: string;
  name: string;
  contacts: ColumnType<unknown, string, string>;
  hours: string | null;
  open_24x7: boolean;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  source: string;
  verified_at: Timestamp;
  notes: string | null;
}

export interface EmergencyNumbersTable {
  country: string;
  number: string;
  position: Generated<number>;
  source: string;
  verified_at: Timestamp;
}

export interface DB {
  contact_requests: ContactRequestsTable;
  resource_reports: ResourceReportsTable;
  helplines: HelplinesTable;
  emergency_numbers: EmergencyNumbersTable;
  app_settings: AppSettingsTable;
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  topics: TopicsTable;
  resources: ResourcesTable;
  locations: LocationsTable;
  schedules: SchedulesTable;
  workshop_sessions: WorkshopSessionsTable;
  resource_topics: ResourceTopicsTable;
  resource_occurrences: ResourceOccurrencesTable;
  resource_revisions: ResourceRevisionsTable;
  resource_history: ResourceHistoryTable;
  search_words: SearchWordsTable;
  resource_imports: ResourceImportsTable;
  feeds: FeedsTable;
  jobs: JobsTable;
}

/** Which feed last carried an imported listing, and the feed's own type codes for it (feeds issue). */
export interface ResourceImportsTable {
  resource_id: number;
  organization_id: number;
  source: string;
  type_codes: ColumnType<string[], string[] | undefined, string[]>;
  imported_at: DefaultTimestamp;
}

export interface FeedsTable {
  id: Generated<number>;
  organization_id: number;
  key_id: string;
  url: string;
  format: string;
  options: ColumnType<unknown, string | undefined, string>;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  last_run_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_status: string | null;
  last_error: string | null;
  last_counts: ColumnType<unknown, string | null | undefined, string | null>;
  failures: Generated<number>;
  next_run_at: DefaultTimestamp;
  created_at: DefaultTimestamp;
}

export interface JobsTable {
  id: Generated<string>;
  name: string;
  key: string | null;
  payload: ColumnType<unknown, string | undefined, string>;
  run_at: DefaultTimestamp;
  locked_by: string | null;
  locked_until: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: DefaultTimestamp;
}
