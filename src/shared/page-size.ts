import { badInput } from './errors.ts';

/**
 * Page sizes of every list argument, in one table: resolvers take the size they fetch from here and the cost
 * analysis (limits/cost.ts) charges the same size, so an explicit `first: null` (or an omitted one) costs what
 * the resolver will really return, and a size over the maximum is refused before any work.
 */
export interface PageRule {
  /** The size when `first` is omitted or null. */
  fallback: number;
  min: number;
  max: number;
  /** The argument's name in error messages. */
  argument: string;
}

const history: PageRule = { fallback: 20, min: 1, max: 100, argument: 'history.first' };

export const PAGE_RULES: Readonly<Record<string, PageRule>> = {
  'Query.resources': { fallback: 20, min: 0, max: 100, argument: 'first' },
  'Organization.resources': { fallback: 20, min: 0, max: 100, argument: 'first' },
  'Query.organizations': { fallback: 20, min: 0, max: 100, argument: 'first' },
  'PeerGroup.nextMeetings': { fallback: 3, min: 0, max: 50, argument: 'nextMeetings.first' },
  'PeerGroup.history': history,
  'Workshop.history': history,
  'OnlineCommunity.history': history,
  'Query.pendingRevisions': { fallback: 50, min: 1, max: 100, argument: 'first' },
  'Query.pendingResources': { fallback: 50, min: 1, max: 100, argument: 'first' },
  'Query.contactRequests': { fallback: 50, min: 1, max: 100, argument: 'first' },
  'Query.resourceReports': { fallback: 50, min: 1, max: 100, argument: 'first' },
};

/** The number of items a list field returns for this `first`; BAD_USER_INPUT outside the field's range. */
export function pageSize(coordinate: keyof typeof PAGE_RULES | string, first: number | null | undefined): number {
  const rule = PAGE_RULES[coordinate];
  if (!rule) throw new Error(`no page rule for ${coordinate}`);
  const n = first ?? rule.fallback;
  if (!Number.isInteger(n) || n < rule.min || n > rule.max)
    throw badInput(rule.argument, `must be between ${rule.min} and ${rule.max}`);
  return n;
}
