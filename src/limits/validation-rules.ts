import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Depth, alias and directive limits (graphql-armor) as validation rules. Armor's own errors carry no code, so
 * they are replaced by QUERY_TOO_COMPLEX errors reported on the same validation context.
 */
const tooComplex = (ctx: ValidationContext | null, error: GraphQLError) =>
  ctx?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
  );

export function limitRules(opts: { maxDepth: number; maxAliases: number; maxDirectives: number }): ValidationRule[] {
  const common = { propagateOnRejection: false, onReject: [tooComplex], exposeLimits: true };
  return [
    maxDepthRule({
      n: opts.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...common,
    }) as unknown as ValidationRule,
    maxAliasesRule({ n: opts.maxAliases, ...common }) as unknown as ValidationRule,
    maxDirectivesRule({ n: opts.maxDirectives, ...common }) as unknown as ValidationRule,
  ];
}
