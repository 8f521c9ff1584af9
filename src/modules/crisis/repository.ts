import type { Db } from '../../db/database.ts';

export function findHelplines(db: Db, country: string) {
  return db
    .selectFrom('helplines')
    .select(['name', 'contacts', 'hours', 'open_24x7', 'languages', 'source', 'verified_at', 'notes'])
    .where('country', '=', country)
    .orderBy('open_24x7', 'desc')
    .orderBy('id')
    .execute();
}

export function findEmergencyNumbers(db: Db, country: string) {
  return db
    .selectFrom('emergency_numbers')
    .select(['number', 'source', 'verified_at'])
    .where('country', '=', country)
    .orderBy('position')
    .orderBy('number')
    .execute();
}

export interface HelplineRow {
  country: string;
  name: string;
  contacts: unknown;
  hours: string | null;
  open24x7: boolean;
  languages: string[];
  source: string;
  verifiedAt: Date;
  notes: string | null;
}

export async function upsertHelpline(db: Db, h: HelplineRow): Promise<void> {
  const values = {
    country: h.country,
    name: h.name,
    contacts: JSON.stringify(h.contacts),
    hours: h.hours,
    open_24x7: h.open24x7,
    languages: h.languages,
    source: h.source,
    verified_at: h.verifiedAt,
    notes: h.notes,
  };
  await db
    .insertInto('helplines')
    .values(values)
    .onConflict((oc) => oc.columns(['country', 'name']).doUpdateSet({ ...values }))
    .execute();
}

export async function upsertEmergencyNumber(
  db: Db,
  e: { country: string; number: string; position: number; source: string; verifiedAt: Date },
): Promise<void> {
  const values = {
    country: e.country,
    number: e.number,
    position: e.position,
    source: e.source,
    verified_at: e.verifiedAt,
  };
  await db
    .insertInto('emergency_numbers')
    .values(values)
    .onConflict((oc) => oc.columns(['country', 'number']).doUpdateSet(values))
    .execute();
}

/** Entries whose last verification is older than `before`, for operators. */
export async function findStale(db: Db, before: Date) {
  const helplines = await db
    .selectFrom('helplines')
    .select(['country', 'name', 'source', 'verified_at'])
    .where('verified_at', '<', before)
    .orderBy('country')
    .orderBy('name')
    .execute();
  const numbers = await db
    .selectFrom('emergency_numbers')
    .select(['country', 'number as name', 'source', 'verified_at'])
    .where('verified_at', '<', before)
    .orderBy('country')
    .execute();
  return [...numbers, ...helplines];
}

export function listAll(db: Db) {
  return Promise.all([
    db
      .selectFrom('emergency_numbers')
      .select(['country', 'number', 'source', 'verified_at'])
      .orderBy('country')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('helplines')
      .select(['country', 'name', 'source', 'verified_at'])
      .orderBy('country')
      .orderBy('name')
      .execute(),
  ]);
}
