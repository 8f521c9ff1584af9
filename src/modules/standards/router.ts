import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import { errorSummary } from '../../logger.ts';
import { CODE_FOR } from '../feeds/formats/meeting-guide.ts';
import { listingOf } from '../partners/snapshot.ts';
import { privatiseLocation } from '../resources/listing.ts';
import { HsdsIdIndex, TAXONOMY_ID, hsdsId, toHsdsOrganization, toHsdsService } from './hsds.ts';
import * as repo from './repository.ts';

// Read-only, public: the HSDS API 3.0 under /hsds and a Meeting Guide feed at /feeds/meeting-guide.json.
// Published listings only; approximate places stay approximate.

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const MAX_PER_PAGE = 100;

function paging(req: Request): { page: number; perPage: number } | string {
  const page = req.query.page === undefined ? 1 : Number(req.query.page);
  const perPage = req.query.per_page === undefined ? 20 : Number(req.query.per_page);
  if (!Number.isInteger(page) || page < 1 || page > 1_000_000) return 'page must be a positive integer';
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    return `per_page must be between 1 and ${MAX_PER_PAGE}`;
  return { page, perPage };
}

const envelope = <T>(contents: T[], total: number, page: number, perPage: number) => {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
};

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : null);

export function standardsRouter(db: Db, log: Logger): Router {
  const router = Router();
  const ids = new HsdsIdIndex();
  router.use(['/hsds', '/feeds'], (_req, res, next) => {
    res.set('access-control-allow-origin', '*');
    res.set('cache-control', 'public, max-age=60');
    next();
  });
  const handle = (fn: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await fn(req, res);
    } catch (err) {
      log.error({ err: errorSummary(err), path: req.path }, 'standards endpoint failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    }
  };
  const bad = (res: Response, message: string) => void res.status(400).json({ error: message });
  const topics = async () => {
    const all = await repo.topicsAll(db);
    return { all, bySlug: new Map(all.map((t) => [t.slug, { id: t.id, name: t.name }])) };
  };
  const organizations = async (orgIds: number[]) =>
    new Map((await repo.findOrganizations(db, [...new Set(orgIds)])).map((o) => [o.id, o]));

  router.get(['/hsds', '/hsds/'], (_req, res) => {
    res.json({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/latest/',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    });
  });

  router.get(
    '/hsds/services',
    handle(async (req, res) => {
      const p = paging(req);
      if (typeof p === 'string') return bad(res, p);
      const full = req.query.full === 'true';
      const t = await topics();
      const filter: repo.PageFilter = { search: str(req.query.search) };
      const term = str(req.query.taxonomy_term_id);
      if (term) filter.topicIds = t.all.filter((x) => hsdsId('topic', x.id) === term).map((x) => x.id);
      const org = str(req.query.organization_id);
      if (org) filter.organizationId = (await ids.organizationId(db, org)) ?? -1;
      const [total, rows] = await Promise.all([
        repo.countPublished(db, filter),
        repo.findPublished(db, filter, p.perPage, (p.page - 1) * p.perPage),
      ]);
      const orgs = await organizations(rows.map((r) => r.resource.organizationId));
      res.json(
        envelope(
          rows.map((r) => toHsdsService(r, orgs.get(r.resource.organizationId)!, t.bySlug, full)),
          total,
          p.page,
          p.perPage,
        ),
      );
    }),
  );

  router.get(
    '/hsds/services/:id',
    handle(async (req, res) => {
      const id = await ids.resourceId(db, String(req.params.id));
      const rows = id ? await repo.findPublished(db, { ids: [id] }, 1, 0) : [];
      if (!rows.length) return void res.status(404).json({ error: 'no such service' });
      const t = await topics();
      const orgs = await organizations([rows[0]!.resource.organizationId]);
      res.json(toHsdsService(rows[0]!, orgs.get(rows[0]!.resource.organizationId)!, t.bySlug, true));
    }),
  );

  router.get(
    '/hsds/service_at_locations',
    handle(async (req, res) => {
      const p = paging(req);
      if (typeof p === 'string') return bad(res, p);
      const t = await topics();
      // Our listings have at most one physical place: one service_at_location per located listing.
      const filter: repo.PageFilter = { search: str(req.query.search) };
      const [total, rows] = await Promise.all([
        repo.countPublished(db, filter),
        repo.findPublished(db, filter, p.perPage, (p.page - 1) * p.perPage),
      ]);
      const orgs = await organizations(rows.map((r) => r.resource.organizationId));
      const contents = rows.map((r) => {
        const s = toHsdsService(r, orgs.get(r.resource.organizationId)!, t.bySlug, true) as Record<string, unknown>;
        const sal = (s.service_at_locations as Array<Record<string, unknown>>)[0] ?? {
          id: hsdsId('service_at_location', r.resource.id),
        };
        const { service_at_locations: _s, ...service } = s;
        return { ...sal, service };
      });
      res.json(envelope(contents, total, p.page, p.perPage));
    }),
  );

  router.get(
    '/hsds/organizations',
    handle(async (req, res) => {
      const p = paging(req);
      if (typeof p === 'string') return bad(res, p);
      const { total, rows } = await repo.pageOrganizations(
        db,
        str(req.query.search),
        p.perPage,
        (p.page - 1) * p.perPage,
      );
      res.json(envelope(rows.map(toHsdsOrganization), total, p.page, p.perPage));
    }),
  );

  router.get(
    '/hsds/organizations/:id',
    handle(async (req, res) => {
      const id = await ids.organizationId(db, String(req.params.id));
      const orgs = id ? await repo.pageOrganizations(db, null, 1_000_000, 0) : { rows: [] };
      const org = orgs.rows.find((o) => o.id === id);
      if (!org) return void res.status(404).json({ error: 'no such organization' });
      res.json(toHsdsOrganization(org));
    }),
  );

  router.get(
    '/hsds/taxonomies',
    handle(async (_req, res) => {
      res.json(
        envelope(
          [
            {
              id: TAXONOMY_ID,
              name: 'Peer Atlas topics',
              description: 'The topics Peer Atlas files peer support under',
              version: '1',
            },
          ],
          1,
          1,
          1,
        ),
      );
    }),
  );

  router.get(
    '/hsds/taxonomy_terms',
    handle(async (req, res) => {
      const p = paging(req);
      if (typeof p === 'string') return bad(res, p);
      const t = await topics();
      const search = str(req.query.search)?.toLowerCase();
      const all = t.all.filter((x) => !search || x.name.toLowerCase().includes(search) || x.slug.includes(search));
      const page = all.slice((p.page - 1) * p.perPage, p.page * p.perPage).map((x) => ({
        id: hsdsId('topic', x.id),
        code: x.slug,
        name: x.name,
        description: x.description ?? x.name,
        ...(x.parent_id ? { parent_id: hsdsId('topic', x.parent_id) } : {}),
        taxonomy: 'Peer Atlas topics',
        taxonomy_id: TAXONOMY_ID,
      }));
      res.json(envelope(page, all.length, p.page, p.perPage));
    }),
  );

  router.get(
    '/feeds/meeting-guide.json',
    handle(async (_req, res) => {
      const out: unknown[] = [];
      for (let offset = 0; ; offset += 1000) {
        const rows = await repo.findPublished(db, { weeklyPeerGroups: true }, 1000, offset);
        for (const r of rows) out.push(toMeetingGuide(r));
        if (rows.length < 1000) break;
      }
      res.json(out);
    }),
  );
  return router;
}

type Published = Awaited<ReturnType<typeof repo.findPublished>>[number];

/** One weekly peer group in the Meeting Guide shape (code4recovery/spec). */
export function toMeetingGuide(p: Published) {
  const l = listingOf(p.resource, p.parts);
  const s = l.schedule!;
  const days = /BYDAY=([A-Z,]+)/
    .exec(s.rrule)![1]!
    .split(',')
    .map((d) => DAYS.indexOf(d))
    .filter((d) => d >= 0)
    .sort();
  const end = (Number(s.startTime.slice(0, 2)) * 60 + Number(s.startTime.slice(3)) + s.durationMinutes) % 1440;
  const types = new Set(p.typeCodes);
  for (const lang of l.languages) if (CODE_FOR.language[lang] && lang !== 'en') types.add(CODE_FOR.language[lang]!);
  for (const a of l.audiences) if (CODE_FOR.audience[a]) types.add(CODE_FOR.audience[a]!);
  for (const a of l.accessibility) if (CODE_FOR.accessibility[a]) types.add(CODE_FOR.accessibility[a]!);
  if (l.format !== 'IN_PERSON') types.add('ONL');
  // The listing model back to its codes (README "For feed maintainers"); hidden online details stay hidden.
  const d = l.details;
  if (d?.eligibility?.attendance === 'ANYONE') types.add('O');
  if (d?.eligibility?.attendance === 'LIVED_EXPERIENCE_ONLY') types.add('C');
  if (d?.operationalStatus === 'TEMPORARILY_ONLINE') types.add('TC');
  const online = d?.online && d.online.visibility === 'PUBLIC' ? d.online : null;
  const conferenceUrl = online?.joinUrl ?? (l.format !== 'IN_PERSON' ? l.url : null);
  const phone = online?.dialIn?.find((x) => x.number)?.number ?? null;
  const loc = l.location ? privatiseLocation(l.location) : null;
  const state = loc?.region ? (['US', 'CA'].includes(loc.country) ? loc.region.slice(3) : loc.region) : undefined;
  return {
    name: l.name,
    slug: `pa-${p.resource.id}`,
    day: days.length === 1 ? days[0] : days,
    time: s.startTime,
    end_time: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
    timezone: s.timeZone,
    types: [...types].sort(),
    ...(l.description ? { notes: l.description } : {}),
    ...(loc
      ? {
          ...(loc.name ? { location: loc.name } : {}),
          ...(loc.address ? { address: loc.address } : {}),
          ...(loc.locality ? { city: loc.locality } : {}),
          ...(state ? { state } : {}),
          ...(loc.postalCode ? { postal_code: loc.postalCode } : {}),
          country: loc.country,
          approximate: loc.approximate ? 'yes' : 'no',
          latitude: loc.latitude,
          longitude: loc.longitude,
        }
      : {}),
    ...(conferenceUrl ? { conference_url: conferenceUrl } : {}),
    ...(phone ? { conference_phone: phone } : {}),
    ...(l.format === 'IN_PERSON' && l.url ? { url: l.url } : {}),
    attendance_option:
      d?.operationalStatus === 'PAUSED'
        ? 'inactive'
        : l.format === 'ONLINE'
          ? 'online'
          : l.format === 'HYBRID'
            ? 'hybrid'
            : 'in_person',
    updated: p.resource.updatedAt.toISOString().slice(0, 19).replace('T', ' '),
  };
}
