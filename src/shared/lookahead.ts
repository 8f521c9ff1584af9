import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects on the objects `path` below the field being resolved, through
 * fragments and inline fragments (for `['edges', 'node']` under `resources`: what it asks of each listing).
 * A repository uses it to read one-to-one parts with a page instead of one more statement each. @skip and
 * @include are not evaluated: a field they may drop counts as selected, so at worst a column is read in vain.
 *
 * Cached per set of field nodes: Apollo keeps one parsed document per query text, so the walk runs once per query
 * shape. The first node alone is not enough: a fragment shared by two operations of one document puts the same
 * node first in both, merged with different siblings (the others' selections) in each.
 */
interface Walked {
  nodes: readonly FieldNode[];
  byPath: Map<string, ReadonlySet<string>>;
}
const cache = new WeakMap<FieldNode, Walked[]>();

export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const key = path.join('.');
  const byPath = walkedFor(info.fieldNodes);
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = walk(info, path)));
  return names;
}

function walkedFor(nodes: readonly FieldNode[]): Map<string, ReadonlySet<string>> {
  let sets = cache.get(nodes[0]!);
  if (!sets) cache.set(nodes[0]!, (sets = []));
  let found = sets.find((w) => w.nodes.length === nodes.length && w.nodes.every((n, i) => n === nodes[i]));
  if (!found) sets.push((found = { nodes: [...nodes], byPath: new Map() }));
  return found.byPath;
}

function walk(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    level = fieldsOf(info, level)
      .filter((f) => f.name.value === step)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return new Set(fieldsOf(info, level).map((f) => f.name.value));
}

/** The fields of selection sets, with fragment spreads and inline fragments flattened. */
function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        // A fragment spread: each fragment once (fragments cannot form cycles in a valid document, but cheap).
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}
