import { iso1A2Code } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import type { Context } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { badInput } from '../../shared/errors.ts';
import type { CrisisSupportModel, HelplineContactModel, HelplineModel } from './model.ts';
import { safetyNotice } from './notices.ts';
import * as repo from './repository.ts';

/**
 * Where to turn tonight, for a country: its emergency number(s), the verified helplines (general 24/7 lines
 * first, then those in the asked language), and the safety notice. Null when nothing is on file for the
 * country: a frontend must not show another country's numbers.
 */
export async function crisisSupport(
  db: Db,
  country: string,
  language: string | null | undefined,
): Promise<CrisisSupportModel | null> {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code))
    throw badInput('country', 'must be an ISO 3166-1 alpha-2 code, e.g. GB');
  if (language != null && !/^[a-z]{2}$/i.test(language.trim()))
    throw badInput('language', 'must be an ISO 639-1 code, e.g. en');
  const lang = language?.trim().toLowerCase() ?? null;
  const [numbers, lines] = await Promise.all([repo.findEmergencyNumbers(db, code), repo.findHelplines(db, code)]);
  if (!numbers.length && !lines.length) return null;
  const helplines: HelplineModel[] = lines.map((h) => ({
    name: h.name,
    contacts: (typeof h.contacts === 'string' ? JSON.parse(h.contacts) : h.contacts) as HelplineContactModel[],
    hours: h.hours,
    open24x7: h.open_24x7,
    languages: h.languages,
    source: h.source,
    verifiedAt: h.verified_at,
    notes: h.notes,
  }));
  // Stable: 24/7 first (from SQL), then lines that speak the asked language before those that do not.
  if (lang) helplines.sort((a, b) => Number(b.languages.includes(lang)) - Number(a.languages.includes(lang)));
  return { country: code, emergencyNumbers: numbers.map((n) => n.number), helplines, notice: safetyNotice(lang) };
}

/**
 * The country of a search point, worked out in this process (no geocoder call) and never logged or stored:
 * it only chooses which helplines to show.
 */
export function countryAt(point: { latitude: number; longitude: number }): string | null {
  return iso1A2Code([point.longitude, point.latitude]) ?? null;
}

export function crisisSupportForQuery(ctx: Context, country: string, language: string | null | undefined) {
  return crisisSupport(ctx.db, country, language);
}
