import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { mergeResolvers } from '@graphql-tools/merge';
import { parse, type GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from './generated/graphql.ts';
import { guardMutationText } from './shared/text-guard.ts';
import { assertPageRules } from './limits/cost.ts';
import { listingResolvers } from './modules/listing/resolvers.ts';
import { contactResolvers } from './modules/contacts/resolvers.ts';
import { reportResolvers } from './modules/reports/resolvers.ts';
import { crisisResolvers } from './modules/crisis/resolvers.ts';
import { feedResolvers } from './modules/feeds/resolvers.ts';
import { analyticsResolvers } from './modules/analytics/resolvers.ts';
import { nodeResolvers } from './modules/node/resolvers.ts';
import { organizationResolvers } from './modules/organizations/resolvers.ts';
import { partnerResolvers } from './modules/partners/resolvers.ts';
import { resourceResolvers } from './modules/resources/resolvers.ts';
import { searchResolvers } from './modules/search/resolvers.ts';
import { topicResolvers } from './modules/topics/resolvers.ts';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema');

/** The SDL of every schema/*.graphql file, in a stable order. */
export function loadTypeDefs(): string {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'))
    .join('\n');
}

export const resolvers: Resolvers = mergeResolvers([
  { DateTime: DateTimeResolver, JSON: JSONResolver },
  nodeResolvers,
  resourceResolvers,
  topicResolvers,
  organizationResolvers,
  searchResolvers,
  partnerResolvers,
  analyticsResolvers,
  listingResolvers,
  contactResolvers,
  reportResolvers,
  crisisResolvers,
  feedResolvers,
]) as Resolvers;

/** The federated subgraph schema; plain clients use it unchanged. */
export function buildSchema(): GraphQLSchema {
  const schema = buildSubgraphSchema([{ typeDefs: parse(loadTypeDefs()), resolvers: resolvers as never }]);
  guardMutationText(schema);
  assertPageRules(schema);
  return schema;
}
