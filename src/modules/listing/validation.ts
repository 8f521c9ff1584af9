import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import type { ResourceInput } from '../../generated/graphql.ts';
import type { Collector } from '../partners/collector.ts';
import {
  costFromIsFree,
  emptyDetails,
  isFreeCost,
  type ContactPointModel,
  type CostModelData,
  type EligibilityModel,
  type JoinPolicyModel,
  type ListingDetails,
  type NoticeModel,
  type OnlineAccessModel,
} from './model.ts';

/**
 * Checks the listing-model fields of a draft and returns them normalised, with the facts that are stated in
 * two places made one (join mode ⇔ referral and running status, registration URL, online platform). Nothing
 * unstated becomes a favourable claim: no cost is UNKNOWN, no eligibility is "not stated".
 */

const LIMITS = {
  contacts: 10,
  notices: 10,
  dialIn: 10,
  text: 1000,
  label: 60,
  hours: 200,
  notice: 500,
  value: 300,
  short: 100,
};
const MAX_AGE = 120;
const MAX_AMOUNT = 100_000;

const currencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;

const PHONE = /^\+?[0-9][0-9 ().-]{3,30}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export interface DetailsOutcome {
  details: ListingDetails;
  /** The registration URL the listing stores (Workshop.registrationUrl = joining.registrationUrl). */
  registrationUrl: string | null;
  /** The platform of an online community (= online.platform). */
  platform: string | null;
  /** DIAL_IN_BY_PHONE is added when the online access has dial-in numbers. */
  accessibility: string[];
}

export function validateDetails(
  c: Collector,
  d: ResourceInput,
  base: { url: string | null; registrationUrl: string | null; platform: string | null; accessibility: string[] },
): DetailsOutcome {
  const out = emptyDetails();
  const j = d.joining;
  let registrationUrl = base.registrationUrl;
  if (j) {
    const joining: JoinPolicyModel = {
      mode: j.mode,
      instructions: c.text(['joining', 'instructions'], j.instructions, LIMITS.text),
      registrationUrl: c.url(['joining', 'registrationUrl'], j.registrationUrl),
      newcomersWelcome: j.newcomersWelcome ?? null,
      firstVisit: c.text(['joining', 'firstVisit'], j.firstVisit, LIMITS.text),
    };
    if (joining.registrationUrl && registrationUrl && joining.registrationUrl !== registrationUrl) {
      c.add(
        ['joining', 'registrationUrl'],
        'INVALID',
        'joining.registrationUrl and registrationUrl are the same fact: give one, or the same value',
      );
    }
    registrationUrl = joining.registrationUrl ?? registrationUrl;
    out.joining = joining;
  }
  out.joining.registrationUrl = registrationUrl;

  out.contacts = (d.contacts ?? []).map((cp, i): ContactPointModel => {
    const path = (f: string) => ['contacts', String(i), f];
    const value = c.text(path('value'), cp.value, LIMITS.value, true) ?? '';
    if (value) {
      const ok =
        cp.method === 'EMAIL'
          ? EMAIL.test(value)
          : cp.method === 'WEB_FORM'
            ? /^https?:\/\/[^\s/]+/.test(value)
            : PHONE.test(value);
      if (!ok) c.add(path('value'), 'INVALID', `value is not a valid ${cp.method.toLowerCase().replace('_', ' ')}`);
    }
    const role = cp.role ?? null;
    // Privacy by default: a person's own number or address is only for the owner until they choose otherwise;
    // an organisation's switchboard, a bookings line or a web form is public.
    const publicByDefault = role === 'ORGANISATION' || role === 'BOOKINGS' || cp.method === 'WEB_FORM';
    return {
      label: c.text(path('label'), cp.label, LIMITS.label),
      role,
      method: cp.method,
      value,
      visibility: cp.visibility ?? (publicByDefault ? 'PUBLIC' : 'ON_REQUEST'),
      hours: c.text(path('hours'), cp.hours, LIMITS.hours),
    };
  });
  if (out.contacts.length > LIMITS.contacts) c.add(['contacts'], 'TOO_MANY', `at most ${LIMITS.contacts} contacts`);

  const o = d.online;
  let platform = base.platform;
  const accessibility = [...base.accessibility];
  if (o) {
    const online: OnlineAccessModel = {
      platform: c.text(['online', 'platform'], o.platform, LIMITS.short),
      joinUrl: c.url(['online', 'joinUrl'], o.joinUrl),
      meetingId: c.text(['online', 'meetingId'], o.meetingId, LIMITS.short),
      passcode: c.text(['online', 'passcode'], o.passcode, LIMITS.short),
      dialIn: (o.dialIn ?? []).map((x, i) => {
        const number = c.text(['online', 'dialIn', String(i), 'number'], x.number, LIMITS.short, true) ?? '';
        if (number && !PHONE.test(number.replace(/[,#*]+/g, '')))
          c.add(['online', 'dialIn', String(i), 'number'], 'INVALID', 'number is not a phone number');
        const country = x.country?.trim().toUpperCase() || null;
        if (country && !countries.isValid(country))
          c.add(
            ['online', 'dialIn', String(i), 'country'],
            'INVALID_COUNTRY',
            'country must be an ISO 3166-1 alpha-2 code',
          );
        return { number, country, notes: c.text(['online', 'dialIn', String(i), 'notes'], x.notes, LIMITS.hours) };
      }),
      visibility: o.visibility ?? 'PUBLIC',
      instructions: c.text(['online', 'instructions'], o.instructions, LIMITS.text),
    };
    if (online.dialIn.length > LIMITS.dialIn)
      c.add(['online', 'dialIn'], 'TOO_MANY', `at most ${LIMITS.dialIn} dial-in numbers`);
    if (d.kind === 'ONLINE_COMMUNITY') {
      if (online.platform && platform && online.platform !== platform)
        c.add(
          ['online', 'platform'],
          'INVALID',
          'online.platform and platform are the same fact: give one, or the same value',
        );
      platform = platform ?? online.platform;
      online.platform = platform;
    }
    if (online.dialIn.length && !accessibility.includes('DIAL_IN_BY_PHONE')) accessibility.push('DIAL_IN_BY_PHONE');
    out.online = online;
  } else if (d.format !== 'IN_PERSON' && d.kind !== 'ONLINE_COMMUNITY') {
    // Required by the listing model, but a client that sends none keeps working (Clarifications): a warning.
    c.warn(
      ['online'],
      'REQUIRED',
      'an online or hybrid listing should say how to join online (online { joinUrl or instructions })',
    );
  }

  const e = d.eligibility;
  if (e) {
    const eligibility: EligibilityModel = {
      attendance: e.attendance ?? null,
      minimumAge: e.minimumAge ?? null,
      maximumAge: e.maximumAge ?? null,
      referralRequired: e.referralRequired ?? false,
      description: c.text(['eligibility', 'description'], e.description, LIMITS.text),
    };
    for (const f of ['minimumAge', 'maximumAge'] as const) {
      const v = eligibility[f];
      if (v !== null && !(Number.isInteger(v) && v >= 0 && v <= MAX_AGE))
        c.add(['eligibility', f], 'OUT_OF_RANGE', `${f} must be between 0 and ${MAX_AGE}`);
    }
    if (
      eligibility.minimumAge !== null &&
      eligibility.maximumAge !== null &&
      eligibility.minimumAge > eligibility.maximumAge
    ) {
      c.add(['eligibility', 'maximumAge'], 'OUT_OF_RANGE', 'maximumAge must not be below minimumAge');
    }
    out.eligibility = eligibility;
  }

  // One fact, one truth: a referral requirement and "not taking new members" live in two places.
  const mode = out.joining.mode;
  if (
    e?.referralRequired != null &&
    j &&
    (mode === 'REFERRAL_REQUIRED') !== e.referralRequired &&
    !(e.referralRequired && mode === 'UNKNOWN')
  ) {
    c.add(
      ['eligibility', 'referralRequired'],
      'INVALID',
      'eligibility.referralRequired and joining.mode REFERRAL_REQUIRED say the same thing: make them agree',
    );
  }
  if (mode === 'REFERRAL_REQUIRED')
    out.eligibility = {
      ...(out.eligibility ?? { attendance: null, minimumAge: null, maximumAge: null, description: null }),
      referralRequired: true,
    };
  else if (out.eligibility?.referralRequired && mode === 'UNKNOWN') out.joining.mode = 'REFERRAL_REQUIRED';

  out.operationalStatus = d.operationalStatus ?? 'ACTIVE';
  if (
    d.operationalStatus &&
    j &&
    (d.operationalStatus === 'NOT_TAKING_NEW_MEMBERS') !== (mode === 'NOT_TAKING_NEW_MEMBERS')
  ) {
    if (d.operationalStatus === 'NOT_TAKING_NEW_MEMBERS' || mode === 'NOT_TAKING_NEW_MEMBERS') {
      c.add(
        ['operationalStatus'],
        'INVALID',
        'operationalStatus and joining.mode NOT_TAKING_NEW_MEMBERS say the same thing: make them agree',
      );
    }
  }
  if (out.joining.mode === 'NOT_TAKING_NEW_MEMBERS' && !d.operationalStatus)
    out.operationalStatus = 'NOT_TAKING_NEW_MEMBERS';
  if (out.operationalStatus === 'NOT_TAKING_NEW_MEMBERS' && !j) out.joining.mode = 'NOT_TAKING_NEW_MEMBERS';

  if (out.joining.mode === 'CONTACT_FIRST' && !out.contacts.length && !base.url) {
    c.add(
      ['joining', 'mode'],
      'REQUIRED',
      'CONTACT_FIRST needs a way to get in touch: at least one contact, or the listing url',
    );
  }

  if (d.statusUntil != null) {
    if (!isDate(d.statusUntil)) c.add(['statusUntil'], 'INVALID_DATE', 'statusUntil must be a date, YYYY-MM-DD');
    else out.statusUntil = d.statusUntil;
  }

  out.notices = (d.notices ?? []).map((n, i): NoticeModel => {
    const path = (f: string) => ['notices', String(i), f];
    const notice: NoticeModel = {
      kind: n.kind,
      text: c.text(path('text'), n.text, LIMITS.notice, true) ?? '',
      startsOn: n.startsOn ?? null,
      endsOn: n.endsOn ?? null,
    };
    for (const f of ['startsOn', 'endsOn'] as const)
      if (notice[f] !== null && !isDate(notice[f]!)) c.add(path(f), 'INVALID_DATE', `${f} must be a date, YYYY-MM-DD`);
    if (notice.startsOn && notice.endsOn && notice.endsOn < notice.startsOn)
      c.add(path('endsOn'), 'ENDS_BEFORE_START', 'endsOn must not be before startsOn');
    return notice;
  });
  if (out.notices.length > LIMITS.notices) c.add(['notices'], 'TOO_MANY', `at most ${LIMITS.notices} notices`);

  out.cost = validateCost(c, d);
  return { details: out, registrationUrl, platform, accessibility };
}

function validateCost(c: Collector, d: ResourceInput): CostModelData {
  const k = d.cost;
  if (!k) return d.isFree == null ? emptyDetails().cost : costFromIsFree(d.isFree);
  const cost: CostModelData = {
    model: k.model,
    amount: k.amount ?? null,
    currency: k.currency?.trim().toUpperCase() || null,
    per: k.per ?? null,
    concessions: c.text(['cost', 'concessions'], k.concessions, LIMITS.text),
    description: c.text(['cost', 'description'], k.description, LIMITS.text),
  };
  if (d.isFree != null && d.isFree !== isFreeCost(cost.model)) {
    c.add(
      ['isFree'],
      'INVALID',
      `isFree ${d.isFree} contradicts cost.model ${cost.model}: give cost alone (isFree follows from it)`,
    );
  }
  if (cost.amount !== null) {
    if (!(Number.isFinite(cost.amount) && cost.amount >= 0 && cost.amount <= MAX_AMOUNT))
      c.add(['cost', 'amount'], 'OUT_OF_RANGE', `amount must be between 0 and ${MAX_AMOUNT}`);
    if (cost.model === 'FREE' && cost.amount > 0) c.add(['cost', 'amount'], 'INVALID', 'a FREE listing has no amount');
    if (!cost.currency) c.add(['cost', 'currency'], 'REQUIRED', 'an amount needs its currency (ISO 4217, e.g. GBP)');
  }
  if (cost.currency && !currencies.has(cost.currency))
    c.add(['cost', 'currency'], 'INVALID', 'currency must be an ISO 4217 code, e.g. GBP');
  return cost;
}

/** The draft fields of stored listing details (for patches and upserts, see mergeDetails). */
export function detailsDraft(
  details: ListingDetails,
): Pick<
  ResourceInput,
  'joining' | 'contacts' | 'online' | 'eligibility' | 'operationalStatus' | 'statusUntil' | 'notices' | 'cost'
> {
  return {
    joining:
      details.joining.mode === 'UNKNOWN' &&
      !details.joining.instructions &&
      !details.joining.firstVisit &&
      details.joining.newcomersWelcome === null &&
      !details.joining.registrationUrl
        ? null
        : { ...details.joining },
    contacts: details.contacts.map((x) => ({ ...x })),
    online: details.online ? { ...details.online, dialIn: details.online.dialIn.map((x) => ({ ...x })) } : null,
    eligibility: details.eligibility ? { ...details.eligibility } : null,
    operationalStatus: details.operationalStatus,
    statusUntil: details.statusUntil,
    notices: details.notices.map((n) => ({ ...n })),
    cost:
      details.cost.model === 'UNKNOWN' &&
      details.cost.amount === null &&
      !details.cost.description &&
      !details.cost.concessions
        ? null
        : { ...details.cost },
  };
}

type Obj = Record<string, unknown>;
const mergeObject = (stored: unknown, change: unknown): unknown => {
  if (change === null || change === undefined || !stored) return change;
  const out: Obj = { ...(stored as Obj) };
  for (const [k, v] of Object.entries(change as Obj)) if (v !== undefined) out[k] = v;
  return out;
};

/**
 * Merges the listing-model part of a change into a stored draft: objects field by field (an omitted field
 * keeps its value, null clears), lists replaced whole; facts stated in two places follow the one that changed.
 */
export function mergeDetails(stored: ResourceInput, change: Partial<ResourceInput>, merged: Obj): void {
  for (const key of ['joining', 'online', 'eligibility', 'cost'] as const) {
    if (change[key] !== undefined) merged[key] = mergeObject(stored[key], change[key]);
  }
  const joining = merged.joining as Obj | null | undefined;
  const eligibility = merged.eligibility as Obj | null | undefined;
  // isFree and cost: the one given wins; isFree follows cost otherwise.
  if (change.isFree !== undefined && change.cost === undefined) {
    const storedCost = stored.cost as CostModelData | null | undefined;
    merged.cost =
      change.isFree === null
        ? null
        : storedCost && isFreeCost(storedCost.model) === change.isFree
          ? storedCost
          : costFromIsFree(change.isFree);
    merged.isFree = undefined;
  } else if (change.cost !== undefined && change.isFree === undefined) {
    merged.isFree = undefined;
  }
  // Workshop.registrationUrl and joining.registrationUrl are one value.
  if (change.registrationUrl !== undefined && change.joining?.registrationUrl === undefined && joining)
    joining.registrationUrl = change.registrationUrl;
  if (
    change.joining?.registrationUrl !== undefined &&
    change.registrationUrl === undefined &&
    stored.kind === 'WORKSHOP'
  )
    merged.registrationUrl = change.joining.registrationUrl;
  if (
    change.platform !== undefined &&
    change.online?.platform === undefined &&
    merged.online &&
    stored.kind === 'ONLINE_COMMUNITY'
  )
    (merged.online as Obj).platform = change.platform;
  if (change.online?.platform !== undefined && change.platform === undefined && stored.kind === 'ONLINE_COMMUNITY')
    merged.platform = change.online.platform;
  // A referral requirement and "not taking new members" follow whichever side changed.
  const mode = joining?.mode as string | undefined;
  if (change.joining?.mode !== undefined && change.eligibility?.referralRequired === undefined && eligibility) {
    merged.eligibility = { ...eligibility, referralRequired: mode === 'REFERRAL_REQUIRED' };
  }
  if (change.eligibility?.referralRequired != null && change.joining?.mode === undefined && joining) {
    if (change.eligibility.referralRequired) joining.mode = 'REFERRAL_REQUIRED';
    else if (joining.mode === 'REFERRAL_REQUIRED') joining.mode = 'UNKNOWN';
  }
  if (change.joining?.mode !== undefined && change.operationalStatus === undefined) {
    if (mode === 'NOT_TAKING_NEW_MEMBERS') merged.operationalStatus = 'NOT_TAKING_NEW_MEMBERS';
    else if (merged.operationalStatus === 'NOT_TAKING_NEW_MEMBERS') merged.operationalStatus = 'ACTIVE';
  }
  if (change.operationalStatus !== undefined && change.joining?.mode === undefined && joining) {
    if (change.operationalStatus === 'NOT_TAKING_NEW_MEMBERS') joining.mode = 'NOT_TAKING_NEW_MEMBERS';
    else if (joining.mode === 'NOT_TAKING_NEW_MEMBERS') joining.mode = 'UNKNOWN';
  }
}
