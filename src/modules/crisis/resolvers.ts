import type { Resolvers } from '../../generated/graphql.ts';
import * as service from './service.ts';

export const crisisResolvers: Resolvers = {
  Query: {
    crisisSupport: (_, { country, language }, ctx) => service.crisisSupportForQuery(ctx, country, language),
  },
  CrisisSupport: {
    emergencyNumber: (c) => c.emergencyNumbers[0] ?? null,
  },
  ResourceConnection: {
    crisisSupport: (c, { language }, ctx) =>
      c.crisis?.country ? service.crisisSupport(ctx.db, c.crisis.country, language) : null,
    crisisSupportFirst: (c) => c.crisis?.first ?? false,
  },
};
