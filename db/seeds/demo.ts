import { cities } from './cities.ts';
import type { ListingDetails } from '../../src/modules/listing/model.ts';

// The demo data set: deterministic for a given seed and day (a seeded PRNG, no Math.random), so tests and
// benchmarks can rely on it. Session dates are relative to `today` so the demo always has upcoming meetings.

export interface DemoOrganization {
  name: string;
  url: string;
  trusted: boolean;
}

export interface DemoListing {
  organizationIndex: number;
  kind: 'PEER_GROUP' | 'WORKSHOP' | 'ONLINE_COMMUNITY';
  externalId: string;
  name: string;
  description: string;
  format: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  languages: string[];
  isFree: boolean;
  audiences: string[];
  accessibility: string[];
  url: string | null;
  status: 'PENDING' | 'PUBLISHED' | 'REJECTED' | 'ARCHIVED';
  lastVerifiedAt: Date | null;
  createdAt: Date;
  facilitation: string | null;
  capacity: number | null;
  registrationUrl: string | null;
  platform: string | null;
  moderated: boolean | null;
  topicSlugs: string[];
  location: {
    name: string | null;
    address: string | null;
    locality: string;
    region: string;
    postalCode: string | null;
    country: string;
    latitude: number;
    longitude: number;
    approximate: boolean;
    accessNotes?: string | null;
  } | null;
  schedule: {
    rrule: string;
    timeZone: string;
    startTime: string;
    startDate: string;
    durationMinutes: number;
    cancelledDates: string[];
  } | null;
  sessions: Array<{ startsAt: Date; endsAt: Date; timeZone: string }>;
  /** The listing model: how to join, contacts with tiers, online access, eligibility, status, notices, cost. */
  details: ListingDetails;
}

/** mulberry32: small, fast, good enough for demo data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    sample: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
      return out;
    },
  };
}

const organizations: DemoOrganization[] = [
  { name: 'Open Circle Peer Support', url: 'https://opencircle.example.org', trusted: true },
  { name: 'Hearing Voices Collective', url: 'https://hearingvoices.example.org', trusted: true },
  { name: 'Grief Companions', url: 'https://griefcompanions.example.org', trusted: true },
  { name: 'Recovery Roots', url: 'https://recoveryroots.example.org', trusted: false },
  { name: 'Carers Together', url: 'https://carerstogether.example.org', trusted: true },
  { name: 'Rainbow Minds', url: 'https://rainbowminds.example.org', trusted: false },
  { name: "Veterans' Harbour", url: 'https://veteransharbour.example.org', trusted: true },
  { name: 'Calm Waters Anxiety Network', url: 'https://calmwaters.example.org', trusted: true },
  { name: 'Red de Apoyo Mutuo', url: 'https://apoyomutuo.example.org', trusted: true },
  { name: "Cercle d'Entraide", url: 'https://entraide.example.org', trusted: true },
  { name: 'Selbsthilfe Netzwerk', url: 'https://selbsthilfe.example.org', trusted: true },
  { name: 'Rede de Apoio entre Pares', url: 'https://redeapoio.example.org', trusted: false },
];

/** Topic words per language, for names people would search with. */
const topicWords: Record<string, Record<string, string>> = {
  en: {
    anxiety: 'Anxiety',
    depression: 'Depression',
    'grief-and-bereavement': 'Bereavement',
    'suicide-bereavement': 'Suicide Bereavement',
    bipolar: 'Bipolar',
    'psychosis-and-hearing-voices': 'Hearing Voices',
    'eating-disorders': 'Eating Disorders',
    ocd: 'OCD',
    'trauma-and-ptsd': 'Trauma and PTSD',
    'self-harm': 'Self-Harm',
    'addiction-and-recovery': 'Recovery',
    perinatal: 'Perinatal',
    'carers-and-family': 'Carers',
    'lgbtq-plus': 'LGBTQ+',
    veterans: 'Veterans',
    'young-people': 'Young People',
    'mens-groups': "Men's",
    neurodivergence: 'Neurodivergent',
    loneliness: 'Loneliness',
    'long-term-illness': 'Long-Term Illness',
    'social-anxiety': 'Social Anxiety',
    alcohol: 'Alcohol',
    gambling: 'Gambling',
    adhd: 'ADHD',
    'baby-loss': 'Baby Loss',
  },
  es: {
    anxiety: 'ansiedad',
    depression: 'depresión',
    'grief-and-bereavement': 'duelo',
    'suicide-bereavement': 'duelo por suicidio',
    bipolar: 'trastorno bipolar',
    'psychosis-and-hearing-voices': 'escuchadores de voces',
    'eating-disorders': 'trastornos alimentarios',
    ocd: 'TOC',
    'trauma-and-ptsd': 'trauma',
    'self-harm': 'autolesiones',
    'addiction-and-recovery': 'adicciones',
    perinatal: 'salud perinatal',
    'carers-and-family': 'familiares y cuidadores',
    'lgbtq-plus': 'LGBTQ+',
    loneliness: 'soledad',
    'young-people': 'jóvenes',
  },
  fr: {
    anxiety: 'anxiété',
    depression: 'dépression',
    'grief-and-bereavement': 'deuil',
    'suicide-bereavement': 'deuil après suicide',
    bipolar: 'bipolarité',
    'psychosis-and-hearing-voices': 'entendeurs de voix',
    'eating-disorders': 'troubles alimentaires',
    'addiction-and-recovery': 'addictions',
    'carers-and-family': 'aidants',
    loneliness: 'solitude',
    'trauma-and-ptsd': 'traumatisme',
  },
  de: {
    anxiety: 'Angst',
    depression: 'Depression',
    'grief-and-bereavement': 'Trauer',
    'suicide-bereavement': 'Trauer nach Suizid',
    bipolar: 'Bipolare Störung',
    'psychosis-and-hearing-voices': 'Stimmenhören',
    'addiction-and-recovery': 'Sucht',
    'carers-and-family': 'Angehörige',
    loneliness: 'Einsamkeit',
    'trauma-and-ptsd': 'Trauma',
    'eating-disorders': 'Essstörungen',
  },
  pt: {
    anxiety: 'ansiedade',
    depression: 'depressão',
    'grief-and-bereavement': 'luto',
    'suicide-bereavement': 'luto por suicídio',
    bipolar: 'transtorno bipolar',
    'psychosis-and-hearing-voices': 'ouvidores de vozes',
    'addiction-and-recovery': 'dependências',
    'carers-and-family': 'cuidadores',
    loneliness: 'solidão',
    'trauma-and-ptsd': 'trauma',
    'eating-disorders': 'transtornos alimentares',
  },
};

const nameTemplates: Record<string, Record<string, string[]>> = {
  en: {
    PEER_GROUP: [
      '{t} Peer Support Group, {a}',
      '{a} {t} Circle',
      '{t} Peer Group ({a})',
      'Talking {t}: {a} Peer Support',
      '{t} Mutual Support, {a}',
    ],
    WORKSHOP: ['{t} Coping Skills Workshop, {a}', 'Understanding {t}: a Peer Workshop', '{t} Recovery Workshop ({a})'],
    ONLINE_COMMUNITY: ['{t} Online Peer Community', '{t} Peer Chat', 'The {t} Forum'],
  },
  es: {
    PEER_GROUP: ['Grupo de apoyo mutuo de {t}, {a}', 'Grupo de ayuda mutua: {t} ({a})', 'Círculo de {t} {a}'],
    WORKSHOP: ['Taller de {t} entre pares, {a}', 'Taller: convivir con {t} ({a})'],
    ONLINE_COMMUNITY: ['Comunidad en línea de {t}', 'Foro de apoyo: {t}'],
  },
  fr: {
    PEER_GROUP: ["Groupe d'entraide {t}, {a}", 'Groupe de parole {t} ({a})'],
    WORKSHOP: ['Atelier pair-aidance {t}, {a}'],
    ONLINE_COMMUNITY: ['Communauté en ligne {t}', 'Forum d’entraide {t}'],
  },
  de: {
    PEER_GROUP: ['Selbsthilfegruppe {t} {a}', 'Gesprächskreis {t} ({a})'],
    WORKSHOP: ['Workshop {t} für Betroffene, {a}'],
    ONLINE_COMMUNITY: ['Online-Selbsthilfe {t}', 'Forum {t}'],
  },
  pt: {
    PEER_GROUP: ['Grupo de apoio mútuo de {t}, {a}', 'Grupo de ajuda mútua: {t} ({a})'],
    WORKSHOP: ['Oficina entre pares sobre {t}, {a}'],
    ONLINE_COMMUNITY: ['Comunidade online de {t}', 'Fórum de apoio: {t}'],
  },
};

const descriptions: Record<string, string[]> = {
  en: [
    'A friendly, confidential space to share experiences with people who understand. No referral needed; come as you are.',
    'Run by people with lived experience. We listen without judgement and share what has helped us.',
    'Drop in for tea and conversation with others going through something similar. Newcomers always welcome.',
    'A structured session with time to talk, practical coping ideas and signposting to further support.',
  ],
  es: [
    'Un espacio seguro y confidencial para compartir experiencias entre iguales. Sin derivación previa.',
    'Grupo dirigido por personas con experiencia propia. Escuchamos sin juzgar.',
  ],
  fr: [
    'Un espace bienveillant et confidentiel pour partager son vécu entre pairs.',
    'Animé par des personnes concernées. Sans inscription.',
  ],
  de: [
    'Ein geschützter, vertraulicher Raum für den Austausch unter Betroffenen.',
    'Von Betroffenen für Betroffene. Neue Teilnehmende sind willkommen.',
  ],
  pt: [
    'Um espaço seguro e confidencial para partilhar experiências entre pares.',
    'Grupo conduzido por pessoas com experiência vivida. Sem marcação.',
  ],
};

const areas = ['Central', 'North', 'South', 'East', 'West', 'Riverside', 'Old Town', 'Harbour', 'Park', 'Market'];
const streets = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Mill Road',
  'Park Avenue',
  'Queen Street',
  'King Street',
  'Bridge Street',
];
const audiencesAll = [
  'LIVED_EXPERIENCE',
  'FAMILY_AND_CARERS',
  'YOUNG_PEOPLE',
  'OLDER_ADULTS',
  'WOMEN',
  'MEN',
  'LGBTQ_PLUS',
  'VETERANS',
  'PARENTS',
  'STUDENTS',
];
const accessAll = ['STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'SIGN_LANGUAGE', 'QUIET_SPACE'];
const onlineAccess = ['CAPTIONS', 'DIAL_IN_BY_PHONE', 'LOW_BANDWIDTH'];
const platforms = ['Discord', 'Zoom', 'Matrix', 'Discourse forum', 'WhatsApp', 'Microsoft Teams'];
const topicWeights: Array<[string, number]> = [
  ['anxiety', 10],
  ['depression', 10],
  ['grief-and-bereavement', 7],
  ['suicide-bereavement', 3],
  ['bipolar', 4],
  ['psychosis-and-hearing-voices', 4],
  ['eating-disorders', 4],
  ['ocd', 3],
  ['trauma-and-ptsd', 5],
  ['self-harm', 3],
  ['addiction-and-recovery', 6],
  ['alcohol', 3],
  ['gambling', 2],
  ['perinatal', 3],
  ['carers-and-family', 5],
  ['lgbtq-plus', 4],
  ['veterans', 3],
  ['young-people', 4],
  ['mens-groups', 4],
  ['neurodivergence', 3],
  ['adhd', 2],
  ['loneliness', 5],
  ['long-term-illness', 3],
  ['social-anxiety', 3],
  ['baby-loss', 2],
];
const rules: Array<() => string> = [
  () => 'FREQ=WEEKLY;BYDAY=MO',
  () => 'FREQ=WEEKLY;BYDAY=TU',
  () => 'FREQ=WEEKLY;BYDAY=WE',
  () => 'FREQ=WEEKLY;BYDAY=TH',
  () => 'FREQ=WEEKLY;BYDAY=SA',
  () => 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  () => 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
  () => 'FREQ=MONTHLY;BYDAY=2WE,4WE',
  () => 'FREQ=MONTHLY;BYDAY=1MO',
  () => 'FREQ=MONTHLY;BYDAY=-1TH',
  () => 'FREQ=MONTHLY;BYMONTHDAY=15',
];

function pickTopic(r: ReturnType<typeof prng>): string {
  const total = topicWeights.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [slug, w] of topicWeights) if ((x -= w) < 0) return slug;
  return 'anxiety';
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export interface DemoOptions {
  seed?: number;
  count?: number;
  today?: Date;
  /** Prefix of external ids, so that several data sets can coexist (benchmark runs). */
  externalPrefix?: string;
}

export function generateDemo(options: DemoOptions = {}): {
  organizations: DemoOrganization[];
  listings: DemoListing[];
} {
  const r = prng(options.seed ?? 20261125);
  const count = options.count ?? 2400;
  const today = new Date(Math.floor((options.today ?? new Date()).getTime() / 86_400_000) * 86_400_000);
  const listings: DemoListing[] = [];
  // The listing model draws from its own sequence, so every older field of the demo keeps its value.
  const d = prng((options.seed ?? 20261125) + 7919);
  for (let n = 0; n < count; n++) {
    const city = cities[n % cities.length]!;
    const lang = r.chance(0.8) ? city.languages[0]! : r.pick(city.languages);
    const kindRoll = r.next();
    const kind = kindRoll < 0.65 ? 'PEER_GROUP' : kindRoll < 0.85 ? 'WORKSHOP' : 'ONLINE_COMMUNITY';
    const formatRoll = r.next();
    const format: DemoListing['format'] =
      kind === 'ONLINE_COMMUNITY'
        ? 'ONLINE'
        : formatRoll < 0.68
          ? 'IN_PERSON'
          : formatRoll < 0.86
            ? 'HYBRID'
            : 'ONLINE';
    const topics = [
      ...new Set([pickTopic(r), ...(r.chance(0.45) ? [pickTopic(r)] : []), ...(r.chance(0.15) ? [pickTopic(r)] : [])]),
    ];
    const words = topicWords[lang] ?? topicWords.en!;
    const mainWord = words[topics[0]!] ?? topicWords.en![topics[0]!] ?? 'Peer';
    const area = `${city.name} ${r.pick(areas)}`;
    const name = r
      .pick(nameTemplates[lang]?.[kind] ?? nameTemplates.en![kind]!)
      .replace('{t}', mainWord)
      .replace('{a}', area);
    const approximate = format !== 'ONLINE' && r.chance(0.12);
    // Spread listings around the centre: most within ~10 km, a few in the suburbs.
    const spreadKm = r.chance(0.85) ? r.next() * 10 : 10 + r.next() * 25;
    const bearing = r.next() * 2 * Math.PI;
    const lat = city.lat + (spreadKm / 111.32) * Math.cos(bearing);
    const lng = city.lng + (spreadKm / (111.32 * Math.cos((city.lat * Math.PI) / 180))) * Math.sin(bearing);
    const statusRoll = r.next();
    const status =
      statusRoll < 0.94 ? 'PUBLISHED' : statusRoll < 0.97 ? 'PENDING' : statusRoll < 0.985 ? 'ARCHIVED' : 'REJECTED';
    const startHour = r.int(10, 20);
    const startTime = `${String(startHour).padStart(2, '0')}:${r.pick(['00', '30'])}`;
    const listing: DemoListing = {
      organizationIndex:
        lang === 'es' && r.chance(0.7)
          ? 8
          : lang === 'fr' && r.chance(0.7)
            ? 9
            : lang === 'de' && r.chance(0.7)
              ? 10
              : lang === 'pt' && r.chance(0.7)
                ? 11
                : r.int(0, 7),
      kind,
      externalId: `${options.externalPrefix ?? 'demo'}-${n + 1}`,
      name,
      description: r.pick(descriptions[lang] ?? descriptions.en!),
      format,
      languages: lang === 'en' || r.chance(0.7) ? [lang] : [lang, 'en'],
      isFree: r.chance(0.85),
      audiences: r.chance(0.6) ? [] : r.sample(audiencesAll, r.int(1, 2)),
      accessibility: format === 'ONLINE' ? r.sample(onlineAccess, r.int(0, 2)) : r.sample(accessAll, r.int(0, 3)),
      url: r.chance(0.8) ? `https://groups.example.org/${n + 1}` : null,
      status,
      lastVerifiedAt: r.chance(0.85) ? new Date(today.getTime() - r.int(0, 400) * 86_400_000) : null,
      createdAt: new Date(today.getTime() - r.int(1, 730) * 86_400_000 - r.int(0, 86_399) * 1000),
      facilitation:
        kind === 'PEER_GROUP' ? r.pick(['PEER_LED', 'PEER_LED', 'PEER_LED', 'CO_FACILITATED', 'PROFESSIONAL']) : null,
      capacity: kind === 'WORKSHOP' ? r.int(6, 30) : null,
      registrationUrl: kind === 'WORKSHOP' ? `https://tickets.example.org/w/${n + 1}` : null,
      platform: kind === 'ONLINE_COMMUNITY' ? r.pick(platforms) : null,
      moderated: kind === 'ONLINE_COMMUNITY' ? r.chance(0.8) : null,
      topicSlugs: topics,
      location:
        format === 'ONLINE'
          ? null
          : {
              name: r.pick([
                'Community Centre',
                'Library',
                'Wellbeing Hub',
                'Church Hall',
                'Recovery Café',
                'Arts Centre',
              ]),
              address: approximate ? null : `${r.int(1, 240)} ${r.pick(streets)}, ${city.name}`,
              locality: city.name,
              region: city.region,
              postalCode: approximate ? null : `${city.country}-${r.int(1000, 9999)}`,
              country: city.country,
              latitude: approximate ? Math.round(lat * 100) / 100 : Math.round(lat * 1e6) / 1e6,
              longitude: approximate ? Math.round(lng * 100) / 100 : Math.round(lng * 1e6) / 1e6,
              approximate,
              accessNotes: null as string | null,
            },
      schedule:
        kind === 'PEER_GROUP'
          ? {
              rrule: r.pick(rules)(),
              timeZone: city.tz,
              startTime,
              startDate: isoDate(new Date(today.getTime() - r.int(30, 700) * 86_400_000)),
              durationMinutes: r.pick([60, 90, 90, 120]),
              cancelledDates: r.chance(0.1) ? [isoDate(new Date(today.getTime() + r.int(1, 40) * 86_400_000))] : [],
            }
          : null,
      sessions: [],
      details: null as unknown as ListingDetails,
    };
    listing.details = demoDetails(d, n, listing, city.country, today);
    if (listing.location && !listing.location.approximate && d.chance(0.2)) {
      listing.location.accessNotes = d.pick([
        'Side entrance; ring the bell for the first floor',
        'Room 2, upstairs (lift available)',
        'Back door by the car park',
      ]);
    }
    if (kind === 'WORKSHOP') {
      const first = today.getTime() + r.int(-20, 75) * 86_400_000 + (startHour - 1) * 3_600_000;
      const n = r.int(1, 4);
      for (let s = 0; s < n; s++) {
        const startsAt = new Date(first + s * 7 * 86_400_000);
        listing.sessions.push({ startsAt, endsAt: new Date(startsAt.getTime() + 120 * 60_000), timeZone: city.tz });
      }
    }
    listings.push(listing);
  }
  return { organizations, listings };
}

const currencies: Record<string, string> = {
  GB: 'GBP',
  IE: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  BR: 'BRL',
};
const contactNames = ['Jo', 'Sam', 'Alex', 'Priya', 'Chris', 'Maria', 'Tom', 'Aisha'];

/**
 * The listing model of a demo listing: join modes, contacts in every visibility tier, costs, eligibility,
 * online access for online and hybrid meetings, a few paused groups and dated notices. isFree keeps its value
 * (cost FREE or FREE_DONATIONS_WELCOME exactly when it was free).
 */
function demoDetails(
  d: ReturnType<typeof prng>,
  n: number,
  l: DemoListing,
  country: string,
  today: Date,
): ListingDetails {
  const currency = currencies[country] ?? 'EUR';
  const org = `https://groups.example.org/${n + 1}`;
  const contacts: ListingDetails['contacts'] = [];
  if (d.chance(0.6))
    contacts.push({
      label: 'Group coordinator',
      role: 'ORGANISATION',
      method: 'EMAIL',
      value: `group${n + 1}@example.org`,
      visibility: 'PUBLIC',
      hours: null,
    });
  if (l.kind === 'PEER_GROUP' && d.chance(0.4)) {
    // A facilitator's own number: only the owner and moderators see it; seekers use requestContact.
    const value =
      country === 'GB' ? `+44 7700 900${String(n % 1000).padStart(3, '0')}` : `facilitator${n + 1}@example.org`;
    contacts.push({
      label: d.pick(contactNames),
      role: 'FACILITATOR',
      method: country === 'GB' ? 'PHONE' : 'EMAIL',
      value,
      visibility: 'ON_REQUEST',
      hours: 'Weekday evenings',
    });
  }
  if (d.chance(0.15))
    contacts.push({
      label: 'Referrals',
      role: 'BOOKINGS',
      method: 'EMAIL',
      value: `referrals${n + 1}@example.org`,
      visibility: 'PARTNERS',
      hours: null,
    });
  const modeRoll = d.next();
  let mode: ListingDetails['joining']['mode'] =
    l.kind === 'WORKSHOP'
      ? 'REGISTER_ONCE'
      : l.kind === 'ONLINE_COMMUNITY'
        ? modeRoll < 0.6
          ? 'REGISTER_ONCE'
          : 'UNKNOWN'
        : modeRoll < 0.5
          ? 'DROP_IN'
          : modeRoll < 0.7
            ? 'CONTACT_FIRST'
            : modeRoll < 0.75
              ? 'REFERRAL_REQUIRED'
              : 'UNKNOWN';
  if (mode === 'CONTACT_FIRST' && !contacts.length && !l.url) mode = 'DROP_IN';
  const instructions: Record<string, string | null> = {
    DROP_IN: 'Just come along; you never have to speak.',
    CONTACT_FIRST: 'Get in touch before your first visit so someone can meet you at the door.',
    REFERRAL_REQUIRED: 'Ask your GP or key worker to refer you.',
    REGISTER_ONCE: 'Register once, then come to any session.',
    UNKNOWN: null,
  };
  const young = l.audiences.includes('YOUNG_PEOPLE') || l.topicSlugs.includes('young-people');
  let eligibility: ListingDetails['eligibility'] = null;
  if (young)
    eligibility = {
      attendance: 'LIVED_EXPERIENCE_ONLY',
      minimumAge: 16,
      maximumAge: 25,
      referralRequired: false,
      description: 'For young people aged 16 to 25.',
    };
  else if (d.chance(0.35))
    eligibility = {
      attendance: d.pick(['ANYONE', 'ANYONE', 'LIVED_EXPERIENCE_ONLY', 'LIVED_EXPERIENCE_AND_SUPPORTERS'] as const),
      minimumAge: d.chance(0.5) ? 18 : null,
      maximumAge: null,
      referralRequired: false,
      description: null,
    };
  if (mode === 'REFERRAL_REQUIRED')
    eligibility = {
      ...(eligibility ?? { attendance: null, minimumAge: null, maximumAge: null, description: null }),
      referralRequired: true,
    };
  const costRoll = d.next();
  const cost: ListingDetails['cost'] = l.isFree
    ? costRoll < 0.7
      ? { model: 'FREE', amount: null, currency: null, per: null, concessions: null, description: null }
      : {
          model: 'FREE_DONATIONS_WELCOME',
          amount: 3,
          currency,
          per: 'SESSION',
          concessions: null,
          description: 'Tea and biscuits; give what you can, or nothing.',
        }
    : costRoll < 0.4
      ? {
          model: 'PAY_WHAT_YOU_CAN',
          amount: 5,
          currency,
          per: 'SESSION',
          concessions: 'No one is turned away',
          description: null,
        }
      : costRoll < 0.8
        ? {
            model: 'FIXED_FEE',
            amount: l.kind === 'WORKSHOP' ? 15 : 4,
            currency,
            per: l.kind === 'WORKSHOP' ? 'COURSE' : 'SESSION',
            concessions: 'Half price for students and the unwaged',
            description: null,
          }
        : { model: 'UNKNOWN', amount: null, currency: null, per: null, concessions: null, description: null };
  const online: ListingDetails['online'] =
    l.format !== 'IN_PERSON' && l.kind !== 'ONLINE_COMMUNITY'
      ? {
          platform: 'Zoom',
          joinUrl: `https://meet.example.org/j/${100000 + n}`,
          meetingId: String(100000 + n),
          passcode: null,
          dialIn: l.accessibility.includes('DIAL_IN_BY_PHONE')
            ? [{ number: '+44 20 7946 0000', country: 'GB', notes: null }]
            : [],
          // Open links to recovery meetings attract intruders: most groups send the link on request.
          visibility: d.chance(0.6) ? 'ON_REQUEST' : 'PUBLIC',
          instructions: 'Cameras optional; first names only.',
        }
      : l.kind === 'ONLINE_COMMUNITY'
        ? {
            platform: l.platform,
            joinUrl: `${org}/join`,
            meetingId: null,
            passcode: null,
            dialIn: [],
            visibility: 'PUBLIC',
            instructions: null,
          }
        : null;
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  // A few paused groups (summer break) and a notice here and there, so frontends have something to show.
  const paused = l.kind === 'PEER_GROUP' && n % 211 === 7;
  const notices: ListingDetails['notices'] = paused
    ? [{ kind: 'PAUSE', text: 'We are taking a break and will be back soon.', startsOn: day(-7), endsOn: day(40) }]
    : n % 97 === 5
      ? [{ kind: 'CHANGE', text: 'From next month we meet in the room upstairs.', startsOn: day(0), endsOn: day(45) }]
      : [];
  return {
    joining: {
      mode,
      instructions: instructions[mode] ?? null,
      registrationUrl: l.registrationUrl,
      newcomersWelcome: mode === 'DROP_IN' ? true : null,
      firstVisit: mode === 'DROP_IN' ? 'Arrive ten minutes early and say hello to the facilitator.' : null,
    },
    contacts,
    online,
    eligibility,
    operationalStatus: paused ? 'PAUSED' : 'ACTIVE',
    statusUntil: paused ? day(40) : null,
    notices,
    cost,
  };
}
