import type { ServerChild, TimedResponse } from '../helpers/child-server.ts';
import { sleep } from '../helpers/child-server.ts';

// A small, bounded load for fault tests: writer loops submitting listings with unique externalIds, reader loops
// running anonymous searches. Every request is recorded with when it started and how it ended.

export const SUBMIT = `mutation($input: ResourceInput!) { submitResource(input: $input) {
  resource { id externalId } userErrors { field code message } } }`;
export const READ = `{ resources(first: 5, orderBy: UPDATED) { totalCount edges { node { id name topics { slug } } } } }`;

export interface Sample {
  op: 'write' | 'read';
  /** performance.now() at start and end. */
  start: number;
  end: number;
  ok: boolean;
  code?: string | undefined;
  message?: string | undefined;
  failure?: string | undefined;
  externalId?: string;
  id?: string;
}

/** A listing input: in-person peer groups (location + schedule) and online communities, alternately. */
export function listingInput(externalId: string, i: number): Record<string, unknown> {
  const common = {
    externalId,
    name: `Reliability ${externalId} circle`,
    topics: ['anxiety', 'depression'],
    languages: ['en'],
  };
  if (i % 2) return { ...common, kind: 'ONLINE_COMMUNITY', format: 'ONLINE', platform: 'Discord', moderated: true };
  return {
    ...common,
    kind: 'PEER_GROUP',
    format: 'IN_PERSON',
    facilitation: 'PEER_LED',
    location: {
      country: 'GB',
      region: 'GB-ENG',
      locality: 'Leeds',
      address: `${i} Park Row`,
      latitude: 53.8 + i / 10_000,
      longitude: -1.55,
    },
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', timeZone: 'Europe/London', startTime: '18:30', durationMinutes: 90 },
  };
}

function record(op: Sample['op'], start: number, r: TimedResponse): Sample {
  const first = r.errors?.[0];
  const ok = !r.failure && !r.errors?.length && r.status === 200;
  return {
    op,
    start,
    end: performance.now(),
    ok,
    code: first?.extensions?.code,
    message: first?.message,
    failure: r.failure,
  };
}

export function startLoad(server: ServerChild, key: string, opts: { writers: number; readers: number; tag: string }) {
  let running = true;
  const samples: Sample[] = [];
  const writer = async (w: number) => {
    for (let i = 0; running; i++) {
      const externalId = `${opts.tag}-${w}-${i}`;
      const start = performance.now();
      const r = await server.gql(SUBMIT, { input: listingInput(externalId, i) }, key);
      const s = record('write', start, r);
      const payload = r.data?.submitResource;
      if (s.ok && payload?.userErrors?.length)
        Object.assign(s, { ok: false, code: 'USER_ERRORS', message: JSON.stringify(payload.userErrors) });
      samples.push({ ...s, externalId, ...(s.ok && payload?.resource?.id ? { id: payload.resource.id } : {}) });
      // Failures come back at once during an outage: pause so the loop does not spin.
      await sleep(s.ok ? 10 : 100);
    }
  };
  const reader = async () => {
    while (running) {
      const start = performance.now();
      const s = record('read', start, await server.gql(READ));
      samples.push(s);
      await sleep(s.ok ? 20 : 100);
    }
  };
  const loops = [
    ...Array.from({ length: opts.writers }, (_, w) => writer(w)),
    ...Array.from({ length: opts.readers }, reader),
  ];
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** "the directory is temporarily unavailable", as formatError words a lost database. */
export const isUnavailable = (s: Pick<Sample, 'code' | 'message'>) =>
  s.code === 'INTERNAL_SERVER_ERROR' && /temporarily unavailable/i.test(s.message ?? '');

export const describeSample = (s: Sample) =>
  `${s.op} ${s.ok ? 'ok' : (s.failure ?? `${s.code}: ${s.message}`)} in ${Math.round(s.end - s.start)} ms`;
