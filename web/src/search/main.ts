import '../shared/base.css';
import './search.css';
import {
  DetailsDocument,
  LanguagesDocument,
  SearchDocument,
  TopicsDocument,
  type AccessibilityFeature,
  type Audience,
  type DeliveryFormat,
  type SearchQuery,
} from '../generated/graphql.ts';
import { ApiError, pageConfig, request } from '../shared/api.ts';
import {
  ACCESSIBILITY,
  AUDIENCES,
  FORMATS,
  KINDS,
  el,
  languageName,
  meetingTime,
  type MeetingLike,
} from '../shared/labels.ts';
import { createMap, type AtlasMap } from '../shared/map.ts';
import { hasSearch, parseState, stateToQuery, toVariables, type SearchState } from './params.ts';

type Edge = SearchQuery['resources']['edges'][number];

const PAGE_SIZE = 20;
const config = pageConfig();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search');
const results = $<HTMLOListElement>('results');
const summary = $<HTMLParagraphElement>('summary');
const errorBox = $<HTMLParagraphElement>('error');
const more = $<HTMLButtonElement>('more');
const pointLabel = $<HTMLSpanElement>('point');
const placeInput = $<HTMLInputElement>('place');

let state: SearchState = parseState(window.location.search);
let endCursor: string | null = null;
let shown: Edge[] = [];
let inFlight: AbortController | null = null;
let map: AtlasMap | null = null;

// ---- form ----------------------------------------------------------------------------------------------------

function checkbox(name: string, value: string, label: string): HTMLElement {
  const id = `${name}-${value.toLowerCase()}`;
  return el(
    'div',
    { class: 'check' },
    el('input', { type: 'checkbox', id, name, value: value.toLowerCase() }),
    el('label', { for: id }, label),
  );
}

function buildStaticOptions() {
  const formats = $('formats');
  for (const [value, label] of Object.entries(FORMATS)) formats.append(checkbox('format', value, label));
  const access = $('access');
  for (const [value, label] of Object.entries(ACCESSIBILITY)) access.append(checkbox('access', value, label));
  const audience = $<HTMLSelectElement>('audience');
  for (const [value, label] of Object.entries(AUDIENCES))
    audience.append(el('option', { value: value.toLowerCase() }, label));
}

async function loadTopics() {
  const select = $<HTMLSelectElement>('topic');
  try {
    const { topics } = await request(TopicsDocument, {});
    const children = new Map<string, typeof topics>();
    for (const t of topics) if (t.parent) children.set(t.parent.slug, [...(children.get(t.parent.slug) ?? []), t]);
    // Parents before children (the API's order), children indented under their parent.
    const add = (t: (typeof topics)[number], depth: number) => {
      select.append(
        el('option', { value: t.slug }, `${'\u00a0\u00a0'.repeat(depth * 2)}${depth ? '– ' : ''}${t.name}`),
      );
      for (const c of children.get(t.slug) ?? []) add(c, depth + 1);
    };
    for (const t of topics) if (!t.parent) add(t, 0);
  } catch {
    // The page still searches by place and text without the taxonomy.
  }
  if (state.topics[0]) select.value = state.topics[0];
}

async function loadLanguages() {
  const select = $<HTMLSelectElement>('lang');
  try {
    const data = await request(LanguagesDocument, {});
    const codes = data.resources.facets.languages
      .map((l) => l.value)
      .sort((a, b) => languageName(a).localeCompare(languageName(b)));
    for (const code of codes) select.append(el('option', { value: code }, languageName(code)));
  } catch {
    for (const code of state.langs) select.append(el('option', { value: code }, languageName(code)));
  }
  if (state.langs[0]) select.value = state.langs[0];
}

/** Puts a state into the form (on load and on back/forward). */
function fillForm(s: SearchState) {
  const set = (id: string, value: string) => ($<HTMLInputElement | HTMLSelectElement>(id).value = value);
  const radius = $<HTMLSelectElement>('radiusKm');
  if (![...radius.options].some((o) => o.value === String(s.radiusKm)))
    radius.append(el('option', { value: String(s.radiusKm) }, `${s.radiusKm} km`));
  set('radiusKm', String(s.radiusKm));
  set('topic', s.topics[0] ?? '');
  set('q', s.q);
  set('within', s.within === null ? '' : String(s.within));
  set('lang', s.langs[0] ?? '');
  set('audience', s.audiences[0]?.toLowerCase() ?? '');
  $<HTMLInputElement>('online').checked = s.online;
  $<HTMLInputElement>('free').checked = s.free;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="format"]'))
    box.checked = s.formats.includes(box.value.toUpperCase() as DeliveryFormat);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="access"]'))
    box.checked = s.access.includes(box.value.toUpperCase() as AccessibilityFeature);
  showPoint(s);
}

/** Reads the form into a state, keeping the chosen point. */
function readForm(): SearchState {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  const topic = value('topic');
  const lang = value('lang');
  const audience = value('audience').toUpperCase();
  const within = Number(value('within'));
  return {
    ...state,
    radiusKm: Number(value('radiusKm')) || state.radiusKm,
    // A topic chosen in the list replaces the URL's topics; "Any topic" clears them.
    topics: topic ? [topic] : [],
    q: value('q').trim(),
    within: within > 0 ? within : null,
    langs: lang ? [lang] : [],
    audiences: audience && audience in AUDIENCES ? [audience as Audience] : [],
    online: data.get('online') !== null,
    free: data.get('free') !== null,
    formats: data.getAll('format').map((f) => String(f).toUpperCase() as DeliveryFormat),
    access: data.getAll('access').map((f) => String(f).toUpperCase() as AccessibilityFeature),
  };
}

function showPoint(s: SearchState) {
  pointLabel.textContent =
    s.lat !== null && s.lng !== null ? `Around ${s.lat.toFixed(2)}, ${s.lng.toFixed(2)}` : 'No place chosen';
}

// ---- searching -----------------------------------------------------------------------------------------------

function setError(message: string | null) {
  errorBox.hidden = message === null;
  errorBox.textContent = message ?? '';
}

/** Runs a search; `push` records it in the address bar (a shareable URL). */
async function search(next: SearchState, push: boolean) {
  state = next;
  showPoint(state);
  if (push) {
    const query = stateToQuery(state);
    history.pushState(null, '', query ? `/?${query}` : '/');
  }
  if (!hasSearch(state)) {
    results.replaceChildren();
    more.hidden = true;
    summary.textContent = 'Choose a place or a topic, then search.';
    return;
  }
  shown = [];
  endCursor = null;
  results.replaceChildren();
  await loadPage(false);
  // On a narrow screen the results are below the form: take the reader there after a search they asked for.
  if (push && !wide.matches) $('results-heading').focus();
}

async function loadPage(append: boolean) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const { filter, near } = toVariables(state);
  setError(null);
  summary.textContent = append ? 'Loading more results…' : 'Searching…';
  form.setAttribute('aria-busy', 'true');
  more.disabled = true;
  try {
    const data = await request(
      SearchDocument,
      { filter, near, first: PAGE_SIZE, after: append ? endCursor : null },
      { signal: controller.signal },
    );
    const { edges, pageInfo, totalCount } = data.resources;
    const start = shown.length;
    shown = [...shown, ...edges];
    endCursor = pageInfo.endCursor;
    edges.forEach((edge, i) => results.append(renderResult(edge, start + i)));
    more.hidden = !pageInfo.hasNextPage;
    summary.textContent = describe(totalCount);
    updateMap();
    if (append && edges.length) results.querySelector<HTMLElement>(`#result-${start} h3`)?.focus();
  } catch (err) {
    if ((err as Error).name === 'AbortError') return;
    summary.textContent = '';
    setError(err instanceof ApiError ? err.message : 'Something went wrong. Try again.');
  } finally {
    if (inFlight === controller) {
      form.removeAttribute('aria-busy');
      more.disabled = false;
    }
  }
}

function describe(total: number): string {
  const where =
    state.lat !== null && state.lng !== null
      ? ` within ${state.radiusKm} km of ${state.lat.toFixed(2)}, ${state.lng.toFixed(2)}`
      : '';
  if (total === 0) return `No results${where}. Try a larger distance or fewer filters.`;
  return `${total} ${total === 1 ? 'result' : 'results'}${where}, showing ${shown.length}.`;
}

// ---- results -------------------------------------------------------------------------------------------------

function upcoming(meetings: MeetingLike[], count: number): MeetingLike[] {
  const now = Date.now();
  return meetings.filter((m) => Date.parse(m.startsAt) >= now).slice(0, count);
}

function meetingItem(m: MeetingLike): HTMLElement {
  const { text, zone } = meetingTime(m);
  // A cancelled meeting stays listed (the API keeps it), marked in words, not by colour alone.
  const cancelled = m.cancelled
    ? el('strong', { class: 'cancelled' }, ` Cancelled${m.cancellationReason ? `: ${m.cancellationReason}` : ''}`)
    : null;
  return el(
    'li',
    m.cancelled ? { class: 'is-cancelled' } : {},
    el('time', { datetime: m.startsAt }, text),
    ` (${zone})`,
    cancelled,
  );
}

function nextMeetings(node: Edge['node']): MeetingLike[] {
  if (node.__typename === 'PeerGroup') return node.nextMeetings;
  if (node.__typename === 'Workshop') return upcoming(node.sessions, 2);
  return [];
}

function renderResult(edge: Edge, index: number): HTMLLIElement {
  const n = edge.node;
  const distance =
    edge.distanceKm !== null
      ? edge.distanceKm < 0.1
        ? 'under 100 m away'
        : `${edge.distanceKm} km away`
      : n.format === 'ONLINE'
        ? 'Online'
        : null;
  const badges = el('ul', { class: 'badges', 'aria-label': 'Format and access' });
  const badge = (text: string, kind = '') => badges.append(el('li', { class: `badge ${kind}` }, text));
  badge(KINDS[n.kind]);
  badge(FORMATS[n.format], 'format');
  if (n.isFree) badge('Free', 'free');
  for (const a of n.accessibility) badge(ACCESSIBILITY[a], 'access');
  const meetings = nextMeetings(n);
  const details = el(
    'details',
    { class: 'details' },
    el('summary', {}, 'Details and full schedule'),
    el('div', { class: 'details-body' }, 'Loading…'),
  );
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.loaded) {
      details.dataset.loaded = 'true';
      void loadDetails(edge, details.querySelector('.details-body')!);
    }
  });
  return el(
    'li',
    { class: 'result', id: `result-${index}`, 'data-id': n.id },
    el('h3', { tabindex: '-1' }, n.name),
    el('p', { class: 'meta' }, n.organization.name, distance ? ` · ${distance}` : ''),
    badges,
    meetings.length
      ? el(
          'div',
          { class: 'next' },
          el('p', { class: 'label' }, 'Next meetings'),
          el('ul', { class: 'meetings' }, ...meetings.map(meetingItem)),
        )
      : n.__typename === 'OnlineCommunity'
        ? el('p', { class: 'next muted' }, `Online community${n.platform ? ` on ${n.platform}` : ''}`)
        : el('p', { class: 'next muted' }, 'No upcoming meetings listed'),
    details,
  );
}

async function loadDetails(edge: Edge, body: HTMLElement) {
  const n = edge.node;
  const parts: Node[] = [];
  if (n.description) parts.push(el('p', {}, n.description));
  const facts = el('dl', { class: 'facts' });
  const fact = (term: string, ...value: Array<Node | string>) =>
    facts.append(el('dt', {}, term), el('dd', {}, ...value));
  fact('Organisation', n.organization.name);
  fact('Topics', n.topics.map((t) => t.name).join(', '));
  fact('Languages', n.languages.map(languageName).join(', '));
  if (n.audiences.length) fact('For', n.audiences.map((a) => AUDIENCES[a]).join(', '));
  if (n.location) {
    const l = n.location;
    const place = l.approximate
      ? `Approximate area: ${[l.locality, l.country].filter(Boolean).join(', ')} (the exact place is shared by the organiser)`
      : [l.name, l.address, l.locality, l.postalCode, l.country].filter(Boolean).join(', ');
    fact(l.approximate ? 'Area' : 'Address', place);
  }
  parts.push(facts);
  try {
    const { resource } = await request(DetailsDocument, { id: n.id });
    if (resource?.__typename === 'PeerGroup') {
      if (resource.schedule)
        parts.push(
          el(
            'p',
            { class: 'schedule' },
            `Meets ${resource.schedule.description}, for ${resource.schedule.durationMinutes} minutes.`,
          ),
        );
      if (resource.nextMeetings.length)
        parts.push(
          el('p', { class: 'label' }, 'Upcoming meetings'),
          el('ul', { class: 'meetings' }, ...resource.nextMeetings.map(meetingItem)),
        );
    } else if (resource?.__typename === 'Workshop') {
      const sessions = upcoming(resource.sessions, 50);
      parts.push(
        el('p', { class: 'label' }, sessions.length ? 'Sessions' : 'No upcoming sessions'),
        el('ul', { class: 'meetings' }, ...sessions.map(meetingItem)),
      );
      if (resource.capacity) parts.push(el('p', {}, `Up to ${resource.capacity} people.`));
      if (resource.registrationUrl)
        parts.push(
          el(
            'p',
            {},
            el('a', { href: safeUrl(resource.registrationUrl), rel: 'noopener noreferrer nofollow' }, 'Register'),
          ),
        );
    } else if (resource?.__typename === 'OnlineCommunity') {
      parts.push(el('p', {}, `On ${resource.platform}${resource.moderated ? ', moderated' : ''}.`));
    }
  } catch {
    parts.push(el('p', { class: 'error' }, 'The full schedule could not be loaded.'));
  }
  if (n.url)
    parts.push(
      el('p', {}, el('a', { href: safeUrl(n.url), rel: 'noopener noreferrer nofollow' }, `Website of ${n.name}`)),
    );
  body.replaceChildren(...parts);
}

/** Only http(s) links are followed; anything else (javascript:, data:) becomes inert. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : '#';
  } catch {
    return '#';
  }
}

// ---- map -----------------------------------------------------------------------------------------------------

function updateMap() {
  if (!map) return;
  const points = shown
    .filter((e) => e.node.location)
    .map((e) => ({
      id: e.node.id,
      name: e.node.name,
      latitude: e.node.location!.latitude,
      longitude: e.node.location!.longitude,
      approximate: e.node.location!.approximate,
    }));
  map.setResults(points, (id) => {
    const item = results.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] h3`);
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  });
  if (state.lat !== null && state.lng !== null) map.setSearchArea(state.lat, state.lng, state.radiusKm);
  else map.clearSearchArea();
  map.fit();
}

// ---- where ---------------------------------------------------------------------------------------------------

function searchAround(lat: number, lng: number) {
  void search({ ...readForm(), lat, lng }, true);
}

const COORDINATES = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

async function findPlace() {
  const text = placeInput.value.trim();
  const match = COORDINATES.exec(text);
  if (match) {
    const lat = Number(match[1]);
    const lng = Number(match[2]);
    if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return searchAround(lat, lng);
  }
  if (!config.geocoder || !text) {
    setError(
      'Finding places by name is not available on this server. Enter coordinates like 53.80, -1.55, use your location, or click the map.',
    );
    return;
  }
  setError(null);
  pointLabel.textContent = 'Looking up the place…';
  try {
    // The server asks its geocoder (GEOCODER_URL); the page itself talks to no other host.
    const res = await fetch('/web/place', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: text }),
    });
    const body = (await res.json()) as {
      place?: { latitude: number; longitude: number; name: string } | null;
      error?: { message: string };
    };
    if (body.place) return searchAround(body.place.latitude, body.place.longitude);
    showPoint(state);
    setError(
      body.error?.message ??
        'That place could not be found. Try another name, coordinates like 53.80, -1.55, or the map.',
    );
  } catch {
    showPoint(state);
    setError('Place search is not answering: use your location, coordinates or the map.');
  }
}

function locate() {
  if (!('geolocation' in navigator))
    return setError('Your browser cannot share its location. Enter coordinates or click the map.');
  pointLabel.textContent = 'Finding your location…';
  // The position goes into the search only: it is never stored and the URL keeps it rounded to 2 decimals.
  navigator.geolocation.getCurrentPosition(
    (pos) => searchAround(pos.coords.latitude, pos.coords.longitude),
    () => {
      showPoint(state);
      setError('Your location is not available. Enter coordinates or click the map.');
    },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}

// ---- start ---------------------------------------------------------------------------------------------------

const wide = window.matchMedia('(min-width: 60rem)');
buildStaticOptions();
fillForm(state);
// On a phone the extra filters stay folded (results come sooner) unless the URL uses them.
const usesMoreFilters =
  state.q !== '' ||
  state.within !== null ||
  state.langs.length > 0 ||
  state.audiences.length > 0 ||
  state.free ||
  state.formats.length > 0 ||
  state.access.length > 0;
$<HTMLDetailsElement>('more-filters').open = wide.matches || usesMoreFilters;
$<HTMLDetailsElement>('access').closest('details')!.open = state.access.length > 0;
if (!config.geocoder)
  $('place-hint').textContent =
    'Coordinates, for example 53.80, -1.55. You can also use your location or click the map.';
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void search(readForm(), true);
});
$('locate').addEventListener('click', locate);
$('find-place').addEventListener('click', () => void findPlace());
placeInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    void findPlace();
  }
});
more.addEventListener('click', () => void loadPage(true));
window.addEventListener('popstate', () => {
  const s = parseState(window.location.search);
  fillForm(s);
  void search(s, false);
});
try {
  map = createMap($('map'), config);
  map?.onClick((lat, lng) => searchAround(lat, lng));
} catch {
  map = null;
  $('map').hidden = true;
}
void Promise.all([loadTopics(), loadLanguages()]).then(() => fillForm(state));
if (hasSearch(state)) void search(state, false);
