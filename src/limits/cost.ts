import {
  getNamedType,
  Kind,
  visit,
  getNullableType,
  GraphQLError,
  GraphQLList,
  isCompositeType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { PAGE_RULES, pageSize } from '../shared/page-size.ts';
import { requestError } from '../shared/errors.ts';

/**
 * What a query costs: roughly the number of objects it can make the server load.
 * - A connection's `edges` cost `first` times their selection, with `first` as the resolver will use it
 *   (shared/page-size.ts: omitted or null is the field's real default, over the maximum is refused here).
 * - Aggregates (`totalCount`, `facets`) run once per connection whatever `first` is: a fixed cost each.
 * - `_entities` costs one selection per representation, and takes at most MAX_REPRESENTATIONS.
 * - Other lists with `first` (nextMeetings, history) multiply their selection; `points` of coverageGaps too;
 *   lists without a size count a few items each. Leaf fields are free.
 */
const GUESSED_LIST_SIZE = 5;
export const AGGREGATE_COST: Readonly<Record<string, number>> = { totalCount: 10, facets: 25 };
export const MAX_REPRESENTATIONS = 500;
/** nextMeetings expands a recurrence rule per listing: a fixed charge on top of its items. */
export const EXPANSION_COST = 2;

/**
 * graphql-query-complexity calls estimators after the field's children (post-order), so the `edges` of a
 * connection have all been estimated, and parked here, by the time the connection itself is: it takes them.
 */
function createEstimator(): ComplexityEstimator {
  const parkedEdges: number[] = [];
  return ({ type, field, args, childComplexity }) => {
    const listType = getNullableType(field.type);
    const objectCost = isCompositeType(getNamedType(field.type)) ? 1 : 0;
    const fixed = AGGREGATE_COST[field.name];
    if (fixed !== undefined && getNamedType(type).name.endsWith('Connection')) return fixed + childComplexity;
    if (field.name === 'edges') {
      const cost = objectCost + childComplexity;
      parkedEdges.push(cost);
      return cost;
    }
    if (field.name === '_entities') {
      const count = Array.isArray(args.representations) ? args.representations.length : 0;
      if (count > MAX_REPRESENTATIONS) {
        throw requestError(
          'QUERY_TOO_COMPLEX',
          `_entities takes at most ${MAX_REPRESENTATIONS} representations, not ${count}`,
          { http: { status: 400 } },
        );
      }
      return objectCost + count * Math.max(1, childComplexity);
    }
    const coordinate = `${type.name}.${field.name}`;
    if (PAGE_RULES[coordinate]) {
      const size = pageSize(coordinate, args.first as number | null | undefined);
      if (getNamedType(field.type).name.endsWith('Connection')) {
        const edges = parkedEdges.splice(0).reduce((x, y) => x + y, 0);
        return objectCost + Math.max(0, childComplexity - edges) + size * edges;
      }
      const fixedCost = coordinate === 'PeerGroup.nextMeetings' ? EXPANSION_COST : 0;
      return objectCost + fixedCost + size * Math.max(1, childComplexity);
    }
    if (Array.isArray(args.points)) return objectCost + args.points.length * Math.max(1, childComplexity);
    if (listType instanceof GraphQLList) return objectCost + GUESSED_LIST_SIZE * childComplexity;
    return objectCost + childComplexity;
  };
}

/**
 * Every list field that takes `first`, and every connection, must have a page rule: without one the cost
 * analysis would guess its size, and a connection's parked edges would be charged to the wrong field. Checked
 * when the schema is built, so a new paged field cannot ship without its rule.
 */
export function assertPageRules(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const paged = field.args.some((a) => a.name === 'first') || getNamedType(field.type).name.endsWith('Connection');
      if (paged && !PAGE_RULES[`${type.name}.${field.name}`]) missing.push(`${type.name}.${field.name}`);
    }
  }
  if (missing.length) throw new Error(`no page rule (shared/page-size.ts) for ${missing.join(', ')}`);
}

/** The query's cost; throws request errors with their own codes (page size, representations) as they are. */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({ schema, query, variables: variables ?? {}, operationName, estimators: [createEstimator()] });
}

/**
 * Arguments whose values change a query's cost (see the estimator): page sizes and list lengths. With the
 * variables in @include/@skip (they decide which fields count), they are all a document's cost depends on.
 */
const COST_ARGUMENTS = new Set(['first', 'representations', 'points']);
const INCLUSION_DIRECTIVES = new Set(['include', 'skip']);
/** Distinct values of those variables remembered per document: a cache, not a record of what callers sent. */
const VALUES_PER_DOCUMENT = 64;

interface DocumentCosts {
  /** Variables the cost depends on (the rest, coordinates or text, cannot change it). */
  variables: string[];
  byValues: Map<string, number>;
}

/**
 * Costs per parsed document, so that the cost walk (a TypeInfo visit of the whole document) runs once per query
 * shape rather than once per request. Apollo keeps one parsed DocumentNode per query text in its document store,
 * so a WeakMap on it lives exactly as long as Apollo keeps the document. Keyed further by operation name and the
 * values of the variables the cost depends on; a query refused for its cost is refused again each time.
 */
const costsByDocument = new WeakMap<DocumentNode, Map<string, DocumentCosts>>();

function costVariables(query: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      [Kind.VARIABLE]: (v) => {
        names.add(v.name.value);
      },
    });
  visit(query, {
    [Kind.ARGUMENT]: (arg) => {
      if (COST_ARGUMENTS.has(arg.name.value)) collect(arg.value);
    },
    [Kind.DIRECTIVE]: (directive) => {
      if (INCLUSION_DIRECTIVES.has(directive.name.value))
        for (const arg of directive.arguments ?? []) collect(arg.value);
    },
  });
  return [...names].sort();
}

/** queryCost, remembered per document shape (see costsByDocument). */
export function cachedQueryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  let byOperation = costsByDocument.get(query);
  if (!byOperation) costsByDocument.set(query, (byOperation = new Map()));
  let costs = byOperation.get(operationName ?? '');
  if (!costs) byOperation.set(operationName ?? '', (costs = { variables: costVariables(query), byValues: new Map() }));
  // A list's length is what counts, not its items (representations, points).
  const key = JSON.stringify(
    costs.variables.map((name) => {
      const value = variables?.[name];
      return Array.isArray(value) ? { length: value.length } : (value ?? null);
    }),
  );
  const known = costs.byValues.get(key);
  if (known !== undefined) return known;
  const cost = queryCost(schema, query, variables, operationName);
  if (costs.byValues.size >= VALUES_PER_DOCUMENT) costs.byValues.clear();
  costs.byValues.set(key, cost);
  return cost;
}

export const isCodedError = (err: unknown): err is GraphQLError =>
  err instanceof GraphQLError && typeof err.extensions?.code === 'string';
