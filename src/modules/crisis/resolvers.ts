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
    crisisSupport: async (c, { language }, ctx) => {
      const country = (await c.crisis?.())?.country;
      return country ? service.crisisSupport(ctx.db, country, language) : null;
    },
    crisisSupportFirst: async (c) => (await c.crisis?.())?.first ?? false,
  },
};
