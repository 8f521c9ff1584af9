import type { AccessibilityFeature, Audience, DeliveryFormat, ResourceKind } from '../generated/graphql.ts';

export const FORMATS: Record<DeliveryFormat, string> = { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'Hybrid' };

export const KINDS: Record<ResourceKind, string> = {
  PEER_GROUP: 'Peer group',
  WORKSHOP: 'Workshop',
  ONLINE_COMMUNITY: 'Online community',
};

export const AUDIENCES: Record<Audience, string> = {
  LIVED_EXPERIENCE: 'People with lived experience',
  FAMILY_AND_CARERS: 'Family and carers',
  YOUNG_PEOPLE: 'Young people',
  OLDER_ADULTS: 'Older adults',
  WOMEN: 'Women',
  MEN: 'Men',
  LGBTQ_PLUS: 'LGBTQ+',
  VETERANS: 'Veterans',
  PARENTS: 'Parents',
  STUDENTS: 'Students',
};

export const ACCESSIBILITY: Record<AccessibilityFeature, string> = {
  STEP_FREE_ACCESS: 'Step-free access',
  ACCESSIBLE_TOILET: 'Accessible toilet',
  HEARING_LOOP: 'Hearing loop',
  SIGN_LANGUAGE: 'Sign language',
  CAPTIONS: 'Captions',
  DIAL_IN_BY_PHONE: 'Dial-in by phone',
  LOW_BANDWIDTH: 'Low bandwidth',
  QUIET_SPACE: 'Quiet space',
};

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface MeetingLike {
  startsAt: string;
  timeZone: string;
  localStartsAt: string;
  cancelled?: boolean;
  cancellationReason?: string | null;
}

/**
 * A meeting in the group's own time zone, with the zone named: "Sat 12 Dec, 19:00 (Europe/London, GMT)". The
 * reader's own zone does not matter: a group meets at its local time.
 */
export function meetingTime(m: MeetingLike): { text: string; zone: string } {
  const zoneName = m.timeZone.replace(/_/g, ' ');
  try {
    const at = new Date(m.startsAt);
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone: m.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
    const abbreviation = new Intl.DateTimeFormat('en-GB', { timeZone: m.timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return { text, zone: abbreviation && abbreviation !== zoneName ? `${zoneName}, ${abbreviation}` : zoneName };
  } catch {
    return { text: m.localStartsAt.replace('T', ' '), zone: zoneName };
  }
}

/** Creates an element with text and attributes: the pages never assign untrusted HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}
