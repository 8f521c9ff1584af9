import { getNamedType, getNullableType, GraphQLList, isCompositeType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a query costs: roughly the number of objects it can make the server load. A field with a `first` (or
 * `points`) argument multiplies its selection by that number, whether it comes from a literal, a variable or
 * the default; `edges` of a connection are already counted by the connection's `first`. Other lists count a
 * few items each. Leaf fields are free: the cost is in the objects and the loads behind them.
 */
const GUESSED_LIST_SIZE = 5;

const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const objectCost = isCompositeType(getNamedType(field.type)) ? 1 : 0;
  if (typeof args.first === 'number') return objectCost + Math.max(0, args.first) * Math.max(1, childComplexity);
  if (Array.isArray(args.points)) return objectCost + args.points.length * Math.max(1, childComplexity);
  if (type instanceof GraphQLList && field.name !== 'edges') return objectCost + GUESSED_LIST_SIZE * childComplexity;
  return objectCost + childComplexity;
};

export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
  return getComplexity({ schema, query, variables: variables ?? {}, operationName, estimators: [estimator] });
}
