import type { Resolvers } from '../../generated/graphql.ts';
import type { ResourceModel } from '../resources/model.ts';
import type { Context } from '../../context.ts';
import * as service from './service.ts';

const fields = {
  joining: (r: ResourceModel) => r.details.joining,
  contacts: (r: ResourceModel, _: unknown, ctx: Context) => service.resourceContacts(ctx, r),
  online: (r: ResourceModel, _: unknown, ctx: Context) => service.resourceOnline(ctx, r),
  eligibility: (r: ResourceModel) => r.details.eligibility,
  operationalStatus: (r: ResourceModel) => r.details.operationalStatus,
  statusUntil: (r: ResourceModel) => r.details.statusUntil,
  notices: (r: ResourceModel) => service.currentNotices(r),
  cost: (r: ResourceModel) => r.details.cost,
  isFree: (r: ResourceModel) => r.details.cost.model === 'FREE' || r.details.cost.model === 'FREE_DONATIONS_WELCOME',
};

export const listingResolvers: Resolvers = {
  PeerGroup: fields,
  Workshop: { ...fields, registrationUrl: (r) => r.details.joining.registrationUrl ?? r.registrationUrl },
  OnlineCommunity: fields,
  Location: {
    accessNotes: (l) => (l.approximate ? null : (l.accessNotes ?? null)),
    addressOnRequest: (l) => service.addressOnRequest(l),
  },
  Meeting: {
    cancelled: (m) => m.cancelled ?? false,
    cancellationReason: (m) => m.cancellationReason ?? null,
  },
  Schedule: {
    cancellations: (s) => s.cancelledDates.map((date) => ({ date, reason: s.cancellationReasons?.[date] ?? null })),
  },
  Topic: {
    sensitive: (t) => t.sensitive ?? false,
  },
};
