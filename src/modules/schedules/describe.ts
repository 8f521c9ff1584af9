import rrulePkg from 'rrule';
import { parseRule } from './recurrence.ts';
import type { ScheduleModel } from './model.ts';

const { RRule } = rrulePkg;

/**
 * Schedule.description in words, in the listing's language where we have the words (en, fr, es, de, pt;
 * weekday and month names come from Intl). rrule.js's toText drops BYSETPOS ("first weekday of the month" read
 * "every month on weekdays") and speaks English only, so the shapes peer groups use are worded here: weekly
 * and daily rules, monthly by nth weekday, by BYSETPOS over a set of weekdays, by day of the month, and
 * BYMONTH as "in …" or "except …". Anything else falls back to rrule.js's English.
 */

type Lang = 'en' | 'fr' | 'es' | 'de' | 'pt';

interface Words {
  every: {
    day: (n: number) => string;
    week: (n: number) => string;
    month: (n: number) => string;
    year: (n: number) => string;
  };
  on: string;
  onDay: (d: string) => string;
  and: string;
  or: string;
  ordinal: (n: number) => string;
  weekday: string;
  of: (ordinal: string, what: string) => string;
  inMonths: (m: string) => string;
  exceptMonths: (m: string) => string;
  at: (time: string, zone: string) => string;
  except: string;
}

const en: Words = {
  every: {
    day: (n) => (n === 1 ? 'every day' : `every ${n} days`),
    week: (n) => (n === 1 ? 'every week' : `every ${n} weeks`),
    month: (n) => (n === 1 ? 'every month' : `every ${n} months`),
    year: (n) => (n === 1 ? 'every year' : `every ${n} years`),
  },
  on: 'on',
  onDay: (d) => `on day ${d}`,
  and: 'and',
  or: 'or',
  ordinal: (n) =>
    ({ 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last', [-2]: 'second-to-last' })[n] ??
    `${n}th`,
  weekday: 'weekday',
  of: (o, what) => `the ${o} ${what}`,
  inMonths: (m) => `in ${m}`,
  exceptMonths: (m) => `except in ${m}`,
  at: (t, z) => `at ${t} (${z})`,
  except: 'except',
};

const fr: Words = {
  every: {
    day: (n) => (n === 1 ? 'tous les jours' : `tous les ${n} jours`),
    week: (n) => (n === 1 ? 'chaque semaine' : `toutes les ${n} semaines`),
    month: (n) => (n === 1 ? 'chaque mois' : `tous les ${n} mois`),
    year: (n) => (n === 1 ? 'chaque année' : `tous les ${n} ans`),
  },
  on: 'le',
  onDay: (d) => `le ${d}`,
  and: 'et',
  or: 'ou',
  ordinal: (n) =>
    ({
      1: 'premier',
      2: 'deuxième',
      3: 'troisième',
      4: 'quatrième',
      5: 'cinquième',
      [-1]: 'dernier',
      [-2]: 'avant-dernier',
    })[n] ?? `${n}e`,
  weekday: 'jour de semaine',
  of: (o, what) => `${o} ${what}`,
  inMonths: (m) => `en ${m}`,
  exceptMonths: (m) => `sauf en ${m}`,
  at: (t, z) => `à ${t} (${z})`,
  except: 'sauf le',
};

const es: Words = {
  every: {
    day: (n) => (n === 1 ? 'todos los días' : `cada ${n} días`),
    week: (n) => (n === 1 ? 'cada semana' : `cada ${n} semanas`),
    month: (n) => (n === 1 ? 'cada mes' : `cada ${n} meses`),
    year: (n) => (n === 1 ? 'cada año' : `cada ${n} años`),
  },
  on: 'el',
  onDay: (d) => `el día ${d}`,
  and: 'y',
  or: 'o',
  ordinal: (n) =>
    ({ 1: 'primer', 2: 'segundo', 3: 'tercer', 4: 'cuarto', 5: 'quinto', [-1]: 'último', [-2]: 'penúltimo' })[n] ??
    `${n}.º`,
  weekday: 'día laborable',
  of: (o, what) => `${o} ${what}`,
  inMonths: (m) => `en ${m}`,
  exceptMonths: (m) => `excepto en ${m}`,
  at: (t, z) => `a las ${t} (${z})`,
  except: 'excepto el',
};

const de: Words = {
  every: {
    day: (n) => (n === 1 ? 'jeden Tag' : `alle ${n} Tage`),
    week: (n) => (n === 1 ? 'jede Woche' : `alle ${n} Wochen`),
    month: (n) => (n === 1 ? 'jeden Monat' : `alle ${n} Monate`),
    year: (n) => (n === 1 ? 'jedes Jahr' : `alle ${n} Jahre`),
  },
  on: 'am',
  onDay: (d) => `am ${d}.`,
  and: 'und',
  or: 'oder',
  ordinal: (n) =>
    ({ 1: 'ersten', 2: 'zweiten', 3: 'dritten', 4: 'vierten', 5: 'fünften', [-1]: 'letzten', [-2]: 'vorletzten' })[n] ??
    `${n}.`,
  weekday: 'Werktag',
  of: (o, what) => `${o} ${what}`,
  inMonths: (m) => `im ${m}`,
  exceptMonths: (m) => `außer im ${m}`,
  at: (t, z) => `um ${t} (${z})`,
  except: 'außer am',
};

const pt: Words = {
  every: {
    day: (n) => (n === 1 ? 'todos os dias' : `a cada ${n} dias`),
    week: (n) => (n === 1 ? 'todas as semanas' : `a cada ${n} semanas`),
    month: (n) => (n === 1 ? 'todos os meses' : `a cada ${n} meses`),
    year: (n) => (n === 1 ? 'todos os anos' : `a cada ${n} anos`),
  },
  on: 'à/ao',
  onDay: (d) => `no dia ${d}`,
  and: 'e',
  or: 'ou',
  ordinal: (n) =>
    ({
      1: 'primeiro(a)',
      2: 'segundo(a)',
      3: 'terceiro(a)',
      4: 'quarto(a)',
      5: 'quinto(a)',
      [-1]: 'último(a)',
      [-2]: 'penúltimo(a)',
    })[n] ?? `${n}.º`,
  weekday: 'dia útil',
  of: (o, what) => `no(a) ${o} ${what}`,
  inMonths: (m) => `em ${m}`,
  exceptMonths: (m) => `exceto em ${m}`,
  at: (t, z) => `às ${t} (${z})`,
  except: 'exceto',
};

const WORDS: Record<Lang, Words> = { en, fr, es, de, pt };

/**
 * Weekday (Monday-first, as rrule.js numbers them) and month names from Intl, made once per language: building an
 * Intl.DateTimeFormat costs tens of microseconds, and it was the largest single entry in a listing page's profile.
 */
const names = new Map<Lang, { weekdays: string[]; months: string[] }>();
function namesOf(lang: Lang) {
  let found = names.get(lang);
  if (!found) {
    const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    found = {
      // 2024-01-01 was a Monday.
      weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2024, 0, 1 + i)))),
      months: Array.from({ length: 12 }, (_, m) => month.format(new Date(Date.UTC(2024, m, 1)))),
    };
    names.set(lang, found);
  }
  return found;
}
const weekdayName = (lang: Lang, i: number) => namesOf(lang).weekdays[i]!;
const monthName = (lang: Lang, m: number) => namesOf(lang).months[m - 1]!;

function list(items: string[], joiner: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

interface Weekday {
  weekday: number;
  n?: number;
}

const asArray = <T>(v: T | T[] | null | undefined): T[] =>
  v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];

function weekdays(o: Partial<rrulePkg.Options>): Weekday[] {
  return asArray(o.byweekday as unknown as Array<number | Weekday> | number | Weekday).map((d) =>
    typeof d === 'number' ? { weekday: d } : { weekday: d.weekday, n: d.n ?? undefined },
  );
}

/** The rule part of the description, or null when the shape is not one we word ourselves. */
export function describeRule(rule: string, lang: Lang): string | null {
  const o = parseRule(rule);
  const w = WORDS[lang];
  const interval = o.interval ?? 1;
  const days = weekdays(o);
  const setpos = asArray(o.bysetpos as number | number[] | null);
  const monthdays = asArray(o.bymonthday as number | number[] | null);
  const months = asArray(o.bymonth as number | number[] | null);
  if (o.count != null || o.until != null) return null;
  let head: string;
  let when = '';
  switch (o.freq) {
    case RRule.DAILY:
      if (setpos.length || monthdays.length) return null;
      head = w.every.day(interval);
      if (days.length)
        when = `${w.on} ${list(
          days.map((d) => weekdayName(lang, d.weekday)),
          w.and,
        )}`;
      break;
    case RRule.WEEKLY:
      if (setpos.length || monthdays.length || days.some((d) => d.n)) return null;
      head = w.every.week(interval);
      if (days.length)
        when = `${w.on} ${list(
          days.map((d) => weekdayName(lang, d.weekday)),
          w.and,
        )}`;
      break;
    case RRule.MONTHLY:
      head = w.every.month(interval);
      if (setpos.length && days.length && !monthdays.length && days.every((d) => !d.n)) {
        // BYSETPOS picks among the matching days of the month: MO-FR with 1 is "the first weekday".
        const isWeekdays = days.length === 5 && [0, 1, 2, 3, 4].every((i) => days.some((d) => d.weekday === i));
        const what = isWeekdays
          ? w.weekday
          : list(
              days.map((d) => weekdayName(lang, d.weekday)),
              w.or,
            );
        when = `${w.on} ${list(
          setpos.map((p) => w.of(w.ordinal(p), what)),
          w.and,
        )}`;
      } else if (!setpos.length && days.length && days.every((d) => d.n) && !monthdays.length) {
        const sameDay = days.every((d) => d.weekday === days[0]!.weekday);
        when = sameDay
          ? `${w.on} ${w.of(
              list(
                days.map((d) => w.ordinal(d.n!)),
                w.and,
              ),
              weekdayName(lang, days[0]!.weekday),
            )}`
          : `${w.on} ${list(
              days.map((d) => w.of(w.ordinal(d.n!), weekdayName(lang, d.weekday))),
              w.and,
            )}`;
      } else if (!setpos.length && !days.length && monthdays.length) {
        when = w.onDay(list(monthdays.map(String), w.and));
      } else if (setpos.length || days.length || monthdays.length) {
        return null;
      }
      break;
    default:
      return null;
  }
  let monthPart = '';
  if (months.length && months.length < 12) {
    const sorted = [...months].sort((a, b) => a - b);
    const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !sorted.includes(m));
    monthPart =
      missing.length < sorted.length
        ? w.exceptMonths(
            list(
              missing.map((m) => monthName(lang, m)),
              w.and,
            ),
          )
        : w.inMonths(
            list(
              sorted.map((m) => monthName(lang, m)),
              w.and,
            ),
          );
  }
  return [head, when, monthPart].filter(Boolean).join(' ');
}

/** "every month on the first weekday at 19:00 (Europe/London)", in the language given when we have its words. */
export function describeSchedule(schedule: ScheduleModel, language?: string | null): string {
  const lang = (
    (language ?? 'en').slice(0, 2).toLowerCase() in WORDS ? (language ?? 'en').slice(0, 2).toLowerCase() : 'en'
  ) as Lang;
  const w = WORDS[lang];
  let text: string | null;
  let used: Words = w;
  try {
    text = describeRule(schedule.rrule, lang);
    if (text === null) {
      text = new RRule(parseRule(schedule.rrule)).toText();
      used = en;
    }
  } catch {
    text = schedule.rrule;
    used = en;
  }
  const cancelled = schedule.cancelledDates.length ? `, ${used.except} ${schedule.cancelledDates.join(', ')}` : '';
  return `${text} ${used.at(schedule.startTime, schedule.timeZone)}${cancelled}`;
}
