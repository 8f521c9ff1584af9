import { unauthenticated } from './errors.ts';
import {
  getNullableType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/**
 * Text the directory refuses anywhere: C0 control characters other than TAB, LF and CR (a NUL ends strings in
 * PostgreSQL and is refused by jsonb), and malformed UTF-16 (a lone surrogate cannot be stored as UTF-8).
 * Checked once at the edge, for every string argument and input field, so no service has to remember it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface BadText {
  path: string[];
  reason: string;
}

export function badTextReason(value: string): string | null {
  if (CONTROL.test(value)) return 'contains control characters';
  if (LONE_SURROGATE.test(value)) return 'is not well-formed Unicode (a lone UTF-16 surrogate)';
  return null;
}

/** Deeper than this, a value is refused as a whole: no input of the schema nests anywhere near it. */
export const MAX_TEXT_DEPTH = 32;

/**
 * The first string in a value (arguments, variables, inputs) that the directory refuses, with its path.
 * Walks with its own stack, not recursion: variables are the caller's JSON and may nest 100,000 deep.
 */
export function findBadText(value: unknown, path: string[] = []): BadText | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path }];
  while (stack.length) {
    const item = stack.pop()!;
    const v = item.value;
    if (typeof v === 'string') {
      const reason = badTextReason(v);
      if (reason) return { path: item.path, reason };
      continue;
    }
    if (!v || typeof v !== 'object' || v instanceof Date) continue;
    if (item.path.length - path.length >= MAX_TEXT_DEPTH)
      return { path: item.path, reason: `is nested more than ${MAX_TEXT_DEPTH} levels deep` };
    // Pushed in reverse so that the first bad string in reading order is the one reported.
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ value: entries[i]![1], path: [...item.path, entries[i]![0]] });
  }
  return null;
}

/** Bad text in an operation's variables or its string literals (query arguments: refused as BAD_USER_INPUT). */
export function findBadTextInRequest(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): BadText | null {
  const inVariables = findBadText(variables ?? {}, ['$']);
  if (inVariables) return inVariables;
  let inLiterals = literalsChecked.get(document);
  if (inLiterals === undefined) {
    inLiterals = findBadLiteral(document);
    literalsChecked.set(document, inLiterals);
  }
  return inLiterals;
}

/** A document's literals are the same on every request that reuses it (Apollo caches parsed documents). */
const literalsChecked = new WeakMap<DocumentNode, BadText | null>();

function findBadLiteral(document: DocumentNode): BadText | null {
  let found: BadText | null = null;
  visit(document, {
    [Kind.STRING](node) {
      const reason = found ? null : badTextReason(node.value);
      if (reason) found = { path: ['(literal)'], reason };
    },
  });
  return found;
}

/**
 * Wraps every mutation that answers a payload with userErrors: bad text in its arguments becomes a userError
 * with code INVALID at the path into the input, and nothing runs. (Mutations answering a list, such as
 * submitResources, check each input themselves: validateDraft.)
 */
/** Mutations anyone may call; every other one answers an anonymous caller UNAUTHENTICATED, whatever its input. */
export const PUBLIC_MUTATIONS = new Set<string>(['requestContact', 'reportResource']);

export function guardMutationText(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    if (isListType(getNullableType(field.type))) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context, info) => {
      const bad = findBadText(args);
      if (!bad) return resolve(source, args, context, info);
      // Who may call comes before what they sent: an anonymous caller learns nothing about the input checks.
      if ((context as { viewer?: { role: string } }).viewer?.role === 'anonymous' && !PUBLIC_MUTATIONS.has(field.name))
        throw unauthenticated();
      // The path into the input: ["input", "location", "name"] reads as ["location", "name"].
      const [argument, ...rest] = bad.path;
      const inputPath = rest.length && ['input', 'patch'].includes(argument!) ? rest : bad.path;
      return {
        ok: false,
        resource: null,
        duplicates: [],
        awaitingReview: false,
        warnings: [],
        userErrors: [{ field: inputPath, code: 'INVALID', message: `${inputPath.join('.')} ${bad.reason}` }],
      };
    };
  }
}
