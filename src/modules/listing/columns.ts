import type { NewListing } from '../resources/listing.ts';
import type { ResourceRow } from '../resources/repository.ts';
import {
  emptyDetails,
  type ContactPointModel,
  type CostModelData,
  type EligibilityModel,
  type JoinPolicyModel,
  type ListingDetails,
  type NoticeModel,
  type OnlineAccessModel,
} from './model.ts';

// Row ⇄ domain for the listing model. What search filters on is a column (join_mode, operational_status,
// cost_model); the rest are JSON documents. The registration URL stays in registration_url (one value for
// Workshop.registrationUrl and joining.registrationUrl).

/** A listing's details; one written without them (older loaders) states nothing beyond its isFree. */
export function detailsOf(l: NewListing): ListingDetails {
  return l.details ?? { ...emptyDetails(), cost: { ...emptyDetails().cost, model: l.isFree ? 'FREE' : 'UNKNOWN' } };
}

/** The resources columns of a listing's details. */
export function detailColumns(l: NewListing) {
  const d = detailsOf(l);
  const { mode, registrationUrl: _r, ...joining } = d.joining;
  const { model, ...cost } = d.cost;
  return {
    join_mode: mode,
    joining: JSON.stringify(joining),
    contacts: JSON.stringify(d.contacts),
    online: d.online ? JSON.stringify(d.online) : null,
    eligibility: d.eligibility ? JSON.stringify(d.eligibility) : null,
    operational_status: d.operationalStatus,
    status_until: d.statusUntil,
    notices: JSON.stringify(d.notices),
    cost_model: model,
    cost: JSON.stringify(cost),
    registration_url: d.joining.registrationUrl ?? l.registrationUrl,
  };
}

type DetailRow = Pick<
  ResourceRow,
  | 'join_mode'
  | 'joining'
  | 'contacts'
  | 'online'
  | 'eligibility'
  | 'operational_status'
  | 'status_until'
  | 'notices'
  | 'cost_model'
  | 'cost'
  | 'registration_url'
>;

const json = <T>(v: unknown, fallback: T): T => {
  if (v === null || v === undefined) return fallback;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
};

export function detailsFromRow(row: DetailRow): ListingDetails {
  const joining = json<Partial<JoinPolicyModel>>(row.joining, {});
  const cost = json<Partial<CostModelData>>(row.cost, {});
  return {
    joining: {
      mode: (row.join_mode ?? 'UNKNOWN') as JoinPolicyModel['mode'],
      instructions: joining.instructions ?? null,
      registrationUrl: row.registration_url ?? null,
      newcomersWelcome: joining.newcomersWelcome ?? null,
      firstVisit: joining.firstVisit ?? null,
    },
    contacts: json<ContactPointModel[]>(row.contacts, []),
    online: json<OnlineAccessModel | null>(row.online, null),
    eligibility: json<EligibilityModel | null>(row.eligibility, null),
    operationalStatus: (row.operational_status ?? 'ACTIVE') as ListingDetails['operationalStatus'],
    statusUntil: row.status_until ?? null,
    notices: json<NoticeModel[]>(row.notices, []),
    cost: {
      model: (row.cost_model ?? 'UNKNOWN') as CostModelData['model'],
      amount: cost.amount ?? null,
      currency: cost.currency ?? null,
      per: cost.per ?? null,
      concessions: cost.concessions ?? null,
      description: cost.description ?? null,
    },
  };
}
