import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { HelplineChannel } from './model.ts';
import * as repo from './repository.ts';

/**
 * Operators load helplines from a file: JSON Lines (or one JSON array), one entry per line of a verified
 * source, each with the URL of the official page that states it (`source`) and the date it was checked
 * (`verifiedAt`). An entry without a citable https source is refused, and then the whole file is: nothing is
 * written unless every line is good. `quote` (the sentence on the page) is checked for presence only.
 *
 *   {"type":"emergency","country":"GB","number":"999","source":"https://…","verifiedAt":"2026-12-07","quote":"…"}
 *   {"type":"helpline","country":"GB","name":"Samaritans","contacts":[{"channel":"PHONE","value":"116 123"}],
 *    "hours":"24 hours a day","open24x7":true,"languages":["en"],"source":"https://…","verifiedAt":"2026-12-07"}
 */

const CHANNELS: ReadonlySet<string> = new Set<HelplineChannel>(['PHONE', 'SMS', 'CHAT', 'WHATSAPP', 'EMAIL', 'WEB']);

export class HelplineFileError extends Error {}

type Entry =
  | { type: 'emergency'; country: string; number: string; source: string; verifiedAt: Date }
  | {
      type: 'helpline';
      country: string;
      name: string;
      contacts: Array<{ channel: string; value: string; instructions: string | null }>;
      hours: string | null;
      open24x7: boolean;
      languages: string[];
      source: string;
      verifiedAt: Date;
      notes: string | null;
    };

function parseLines(text: string): Array<{ line: number; value: unknown }> {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch (err) {
      throw new HelplineFileError(`not valid JSON (${(err as Error).message})`);
    }
    return (list as unknown[]).map((value, i) => ({ line: i + 1, value }));
  }
  const out: Array<{ line: number; value: unknown }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('//')) return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (err) {
      throw new HelplineFileError(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
    }
  });
  return out;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f]/;
const str = (v: unknown, max = 300): string | null =>
  typeof v === 'string' && v.trim() && v.length <= max && !CONTROL.test(v) ? v.trim() : null;

function check(line: number, v: unknown): Entry {
  const fail = (what: string): never => {
    throw new HelplineFileError(`line ${line}: ${what}`);
  };
  if (!v || typeof v !== 'object') fail('must be a JSON object');
  const o = v as Record<string, unknown>;
  const country = str(o.country, 2)?.toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(country) || !countries.isValid(country)) fail('country must be an ISO 3166-1 alpha-2 code');
  const source = str(o.source, 2000);
  let https: boolean;
  try {
    https = source !== null && new URL(source).protocol === 'https:';
  } catch {
    https = false;
  }
  if (!https) fail('source must be the https URL of the official page that states this entry');
  if (!str(o.quote, 2000)) fail('quote must give the sentence of the source that states it');
  const verified = typeof o.verifiedAt === 'string' ? DateTime.fromISO(o.verifiedAt, { zone: 'UTC' }) : null;
  if (!verified?.isValid) fail('verifiedAt must be a date, YYYY-MM-DD');
  if (verified!.toJSDate() > new Date(Date.now() + 86_400_000)) fail('verifiedAt is in the future');
  if (o.type === 'emergency') {
    const number = str(o.number, 20);
    if (!number || !/^[0-9 ]+$/.test(number)) fail('number must be the digits of the emergency number');
    return { type: 'emergency', country, number: number!, source: source!, verifiedAt: verified!.toJSDate() };
  }
  if (o.type !== 'helpline') fail('type must be "emergency" or "helpline"');
  const name = str(o.name, 200);
  if (!name) fail('name is required');
  if (!Array.isArray(o.contacts) || !o.contacts.length)
    fail('contacts must list at least one way to reach the helpline');
  const contacts = (o.contacts as unknown[]).map((c, i) => {
    const x = (c ?? {}) as Record<string, unknown>;
    if (typeof x.channel !== 'string' || !CHANNELS.has(x.channel))
      fail(`contacts[${i}].channel must be one of ${[...CHANNELS].join(', ')}`);
    const value = str(x.value, 300);
    if (!value) fail(`contacts[${i}].value is required`);
    return { channel: x.channel as string, value: value!, instructions: str(x.instructions, 300) };
  });
  if (typeof o.open24x7 !== 'boolean') fail('open24x7 must be true or false');
  const languages = Array.isArray(o.languages) ? o.languages : [];
  if (!languages.every((l) => typeof l === 'string' && /^[a-z]{2}$/.test(l))) fail('languages must be ISO 639-1 codes');
  return {
    type: 'helpline',
    country,
    name: name!,
    contacts,
    hours: str(o.hours),
    open24x7: o.open24x7 as boolean,
    languages: languages as string[],
    source: source!,
    verifiedAt: verified!.toJSDate(),
    notes: str(o.notes, 2000),
  };
}

/** Parses and checks a whole file without touching the database; throws HelplineFileError naming the line. */
export function checkHelplineFile(text: string): Entry[] {
  const entries = parseLines(text).map(({ line, value }) => check(line, value));
  if (!entries.length) throw new HelplineFileError('no entries');
  return entries;
}

/** Checks every entry, then writes them all in one transaction; returns counts. */
export async function importHelplines(db: Db, text: string): Promise<{ emergencyNumbers: number; helplines: number }> {
  const entries = checkHelplineFile(text);
  // Inside the demo seed's transaction it joins that one; otherwise it opens its own.
  const inTransaction = <T>(fn: (trx: Db) => Promise<T>) => (db.isTransaction ? fn(db) : db.transaction().execute(fn));
  return inTransaction(async (trx) => {
    const positions = new Map<string, number>();
    let emergencyNumbers = 0;
    let helplines = 0;
    for (const e of entries) {
      if (e.type === 'emergency') {
        const position = positions.get(e.country) ?? 0;
        positions.set(e.country, position + 1);
        await repo.upsertEmergencyNumber(trx, {
          country: e.country,
          number: e.number,
          position,
          source: e.source,
          verifiedAt: e.verifiedAt,
        });
        emergencyNumbers++;
      } else {
        await repo.upsertHelpline(trx, { ...e });
        helplines++;
      }
    }
    return { emergencyNumbers, helplines };
  });
}
