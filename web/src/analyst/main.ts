import '../shared/base.css';
import './analyst.css';
import L from 'leaflet';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import {
  CoverageGapsDocument,
  ResourceStatsDocument,
  TopicsDocument,
  type NearInput,
  type ResourceFilter,
  type ResourceStatsQuery,
  type StatDimension,
} from '../generated/graphql.ts';
import { ApiError, pageConfig, request } from '../shared/api.ts';
import { el } from '../shared/labels.ts';
import { createMap } from '../shared/map.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const KEY_STORAGE = 'peer-atlas-analyst-key';
const DIMENSIONS: Record<StatDimension, string> = {
  TOPIC: 'Topic',
  KIND: 'Kind',
  FORMAT: 'Format',
  LANGUAGE: 'Language',
  ORGANIZATION: 'Organisation',
  COUNTRY: 'Country',
  REGION: 'Region',
  STATUS: 'Status',
  CREATED_MONTH: 'Month created',
};

const config = pageConfig();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// ---- key: this tab's sessionStorage only, never localStorage, a cookie or the URL ------------------------------

const keyInput = $<HTMLInputElement>('key');
const keyStatus = $('key-status');
const currentKey = () => sessionStorage.getItem(KEY_STORAGE);
function showKeyStatus() {
  keyStatus.textContent = currentKey() ? 'A key is set for this tab.' : 'No key set.';
}
$<HTMLFormElement>('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const key = keyInput.value.trim();
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  keyInput.value = '';
  showKeyStatus();
});
$('forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORAGE);
  showKeyStatus();
});

function explain(err: unknown): string {
  if (err instanceof ApiError && err.code === 'UNAUTHENTICATED')
    return 'The key was refused: check it, or set one above.';
  if (err instanceof ApiError && err.code === 'FORBIDDEN') return 'This key is not an analyst or moderator key.';
  return err instanceof Error ? err.message : 'Something went wrong.';
}

function filter(): ResourceFilter {
  const f: ResourceFilter = {};
  const topic = $<HTMLSelectElement>('topic').value;
  const lang = $<HTMLInputElement>('lang').value.trim().toLowerCase();
  if (topic) f.topics = [topic];
  if (/^[a-z]{2}$/.test(lang)) f.languages = [lang];
  if ($<HTMLInputElement>('free').checked) f.freeOnly = true;
  return f;
}

async function loadTopics() {
  try {
    const { topics } = await request(TopicsDocument, {});
    const select = $<HTMLSelectElement>('topic');
    for (const t of topics)
      select.append(el('option', { value: t.slug }, t.parent ? `\u00a0\u00a0– ${t.name}` : t.name));
  } catch {
    // Without the taxonomy the filter offers "any topic" only.
  }
}

// ---- coverage gaps -------------------------------------------------------------------------------------------

const atlas = createMap($('map'), config);
const gapLayer = L.featureGroup();
const clicked: Array<{ latitude: number; longitude: number }> = [];
if (atlas) {
  gapLayer.addTo(atlas.map);
  atlas.map.setView([54, -2], 6);
  atlas.onClick((latitude, longitude) => {
    if ($<HTMLSelectElement>('mode').value !== 'clicks') return;
    clicked.push({ latitude, longitude });
    L.circleMarker([latitude, longitude], {
      radius: 5,
      color: '#000',
      weight: 2,
      fillColor: '#fff',
      fillOpacity: 1,
    }).addTo(gapLayer);
  });
}

/** n × n points spread over the visible map (cell centres), clamped to valid coordinates. */
function gridPoints(n: number): Array<{ latitude: number; longitude: number }> {
  const b = atlas ? atlas.map.getBounds() : L.latLngBounds([49, -8], [59, 2]);
  const south = Math.max(-89.9, b.getSouth());
  const north = Math.min(89.9, b.getNorth());
  const west = b.getWest();
  const east = b.getEast();
  const points = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const latitude = south + ((i + 0.5) * (north - south)) / n;
      const longitude = L.Util.wrapNum(west + ((j + 0.5) * (east - west)) / n, [-180, 180], true);
      points.push({ latitude: Math.round(latitude * 1e4) / 1e4, longitude: Math.round(longitude * 1e4) / 1e4 });
    }
  }
  return points;
}

function colour(covered: boolean, nearestKm: number | null, radiusKm: number): string {
  if (covered) return '#1b7f3b';
  if (nearestKm !== null && nearestKm <= 2 * radiusKm) return '#d08a00';
  return '#b3261e';
}

async function checkCoverage() {
  const status = $('coverage-status');
  const radiusKm = Number($<HTMLSelectElement>('radius').value);
  const base =
    $<HTMLSelectElement>('mode').value === 'clicks' ? clicked : gridPoints(Number($<HTMLSelectElement>('grid').value));
  if (!base.length) {
    status.textContent = 'Click the map to add points first.';
    return;
  }
  const points: NearInput[] = base.map((p) => ({ ...p, radiusKm }));
  status.textContent = `Checking ${points.length} points…`;
  try {
    const { coverageGaps } = await request(CoverageGapsDocument, { points, filter: filter() }, { key: currentKey() });
    gapLayer.clearLayers();
    const rows: HTMLTableRowElement[] = [];
    for (const gap of coverageGaps) {
      const { latitude, longitude } = gap.point;
      const text = gap.covered ? 'covered' : gap.nearestKm === null ? 'no listing' : `nearest ${gap.nearestKm} km`;
      L.circle([latitude, longitude], {
        radius: radiusKm * 1000,
        color: colour(gap.covered, gap.nearestKm, radiusKm),
        weight: 1,
        fillOpacity: 0.35,
      })
        .bindTooltip(`${latitude.toFixed(2)}, ${longitude.toFixed(2)}: ${text}`)
        .addTo(gapLayer);
      rows.push(
        el(
          'tr',
          {},
          el('td', {}, `${latitude.toFixed(2)}, ${longitude.toFixed(2)}`),
          el('td', {}, gap.covered ? 'Yes' : 'No'),
          el('td', { class: 'num' }, gap.nearestKm === null ? '–' : String(gap.nearestKm)),
        ),
      );
    }
    const table = $<HTMLTableElement>('coverage-table');
    table.tBodies[0]!.replaceChildren(...rows);
    table.hidden = false;
    const uncovered = coverageGaps.filter((g) => !g.covered).length;
    status.textContent = `${uncovered} of ${coverageGaps.length} points have no matching listing within ${radiusKm} km.`;
  } catch (err) {
    status.textContent = explain(err);
  }
}
$('check').addEventListener('click', () => void checkCoverage());
$('clear-points').addEventListener('click', () => {
  clicked.length = 0;
  gapLayer.clearLayers();
  $<HTMLTableElement>('coverage-table').hidden = true;
});

// ---- resourceStats: sortable table, bar chart, CSV -----------------------------------------------------------

type Bucket = ResourceStatsQuery['resourceStats'][number];
let buckets: Bucket[] = [];
let dims: StatDimension[] = [];
let sort: { column: number; descending: boolean } = { column: -1, descending: true };
let chart: Chart | null = null;

for (const id of ['group1', 'group2']) {
  const select = $<HTMLSelectElement>(id);
  for (const [value, label] of Object.entries(DIMENSIONS)) select.append(el('option', { value }, label));
}

const label = (b: Bucket, i: number) => b.labels[i] ?? b.key[i] ?? '';

function sorted(): Bucket[] {
  const { column, descending } = sort;
  const out = [...buckets];
  // column -1 (or dims.length) is the count; the others are the dimension labels.
  out.sort((a, b) => {
    const diff =
      column < 0 || column >= dims.length ? a.count - b.count : label(a, column).localeCompare(label(b, column));
    return descending ? -diff : diff;
  });
  return out;
}

function renderStats() {
  const table = $<HTMLTableElement>('stats-table');
  const columns = [...dims.map((d) => DIMENSIONS[d]), 'Listings'];
  const head = el('tr');
  columns.forEach((name, i) => {
    const column = i === dims.length ? -1 : i;
    const active = sort.column === column;
    const button = el('button', { type: 'button' }, name);
    button.addEventListener('click', () => {
      sort = { column, descending: active ? !sort.descending : column === -1 };
      renderStats();
      table.querySelectorAll<HTMLButtonElement>('th button')[i]?.focus();
    });
    head.append(
      el(
        'th',
        {
          scope: 'col',
          class: column === -1 ? 'num' : '',
          'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none',
        },
        button,
      ),
    );
  });
  table.tHead!.replaceChildren(head);
  const rows = sorted();
  table.tBodies[0]!.replaceChildren(
    ...rows.map((b) =>
      el('tr', {}, ...dims.map((_, i) => el('td', {}, label(b, i))), el('td', { class: 'num' }, String(b.count))),
    ),
  );
  table.hidden = false;

  const top = [...buckets].sort((a, b) => b.count - a.count).slice(0, 20);
  const data = {
    labels: top.map((b) => dims.map((_, i) => label(b, i)).join(' · ')),
    datasets: [{ label: 'Listings', data: top.map((b) => b.count), backgroundColor: '#2f6fdf' }],
  };
  if (chart) {
    chart.data = data;
    chart.update();
  } else {
    chart = new Chart($<HTMLCanvasElement>('chart'), {
      type: 'bar',
      data,
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        plugins: { tooltip: { enabled: true } },
      },
    });
  }
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote everything that could split a cell, and defuse spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function downloadCsv() {
  const header = [...dims.flatMap((d) => [`${d.toLowerCase()}_key`, `${d.toLowerCase()}_label`]), 'count'];
  const lines = [
    header,
    ...sorted().map((b) => [...dims.flatMap((_, i) => [b.key[i] ?? '', label(b, i)]), b.count]),
  ].map((row) => row.map(csvCell).join(','));
  const url = URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: `peer-atlas-${dims.join('-').toLowerCase()}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$<HTMLFormElement>('stats-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = $('stats-status');
  const groupBy = [$<HTMLSelectElement>('group1').value, $<HTMLSelectElement>('group2').value].filter(
    Boolean,
  ) as StatDimension[];
  const unique = [...new Set(groupBy)];
  status.textContent = 'Counting…';
  try {
    const { resourceStats } = await request(
      ResourceStatsDocument,
      { groupBy: unique, filter: filter() },
      { key: currentKey() },
    );
    buckets = resourceStats;
    dims = unique;
    sort = { column: -1, descending: true };
    renderStats();
    $<HTMLButtonElement>('csv').disabled = buckets.length === 0;
    status.textContent = `${buckets.length} groups.`;
  } catch (err) {
    status.textContent = explain(err);
  }
});
$('csv').addEventListener('click', downloadCsv);

showKeyStatus();
void loadTopics();
