import { iso1A2Code } from '@rapideditor/country-coder';

// Addresses as feeds give them: one formatted line ("18 Olive Ave, Rehoboth Beach, DE 19971, USA") or parts.

export interface AddressParts {
  address: string | null;
  locality: string | null;
  /** ISO 3166-2 where it can be told (US states), else null. */
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

/** An ISO 3166-1 alpha-2 code for "US", "USA", "United States", … (null when unknown). */
export function countryCode(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const byCode = /^[A-Za-z]{2,3}$/.test(v) ? iso1A2Code(v.toUpperCase()) : null;
  if (byCode) return byCode;
  const names: Record<string, string> = {
    'united states': 'US',
    'united states of america': 'US',
    'united kingdom': 'GB',
    'great britain': 'GB',
    england: 'GB',
    scotland: 'GB',
    wales: 'GB',
    'northern ireland': 'GB',
    canada: 'CA',
    ireland: 'IE',
    australia: 'AU',
    'new zealand': 'NZ',
    germany: 'DE',
    france: 'FR',
    spain: 'ES',
    mexico: 'MX',
    méxico: 'MX',
    netherlands: 'NL',
    sweden: 'SE',
    italy: 'IT',
  };
  return names[v.toLowerCase()] ?? null;
}

/** The country a point lies in. */
export const countryAt = (latitude: number, longitude: number): string | null => iso1A2Code([longitude, latitude]);

const US_STATE_POSTAL = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;
const CA_PROVINCE_POSTAL = /^([A-Z]{2})\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;

/** Splits a formatted address; understands the common North American shape and keeps other lines whole. */
export function splitFormattedAddress(formatted: string): AddressParts {
  const parts = formatted
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let country: string | null = null;
  if (parts.length > 1) {
    country = countryCode(parts.at(-1));
    if (country) parts.pop();
  }
  let region: string | null = null;
  let postalCode: string | null = null;
  const last = parts.at(-1) ?? '';
  const us = US_STATE_POSTAL.exec(last);
  const ca = CA_PROVINCE_POSTAL.exec(last);
  if (us || ca) {
    const m = (us ?? ca)!;
    country ??= us ? 'US' : 'CA';
    region = `${country}-${m[1]!.toUpperCase()}`;
    postalCode = m[2]!.toUpperCase();
    parts.pop();
  } else if (parts.length > 1 && /^[A-Z]{2}$/.test(last) && (country === 'US' || country === 'CA')) {
    region = `${country}-${last}`;
    parts.pop();
  }
  const locality = parts.length > 1 ? parts.pop()! : null;
  return { address: parts.length ? parts.join(', ') : null, locality, region, postalCode, country };
}

/** ISO 3166-2 code from a state given as a code (US/CA two letters) or already in ISO form. */
export function regionCode(country: string | null, state: string | null): string | null {
  if (!country || !state) return null;
  const s = state.trim().toUpperCase();
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(s)) return s.startsWith(`${country}-`) ? s : null;
  if ((country === 'US' || country === 'CA') && /^[A-Z]{2}$/.test(s)) return `${country}-${s}`;
  return null;
}
