import type { TopicModel } from './model.ts';

/** The topic tree in memory: small (dozens of topics), so it is loaded whole (and shared: topics/loaders.ts). */
export class Taxonomy {
  readonly byId = new Map<number, TopicModel>();
  readonly bySlug = new Map<string, TopicModel>();
  private readonly childrenById = new Map<number, TopicModel[]>();

  constructor(readonly topics: TopicModel[]) {
    for (const t of topics) {
      this.byId.set(t.id, t);
      this.bySlug.set(t.slug, t);
    }
    for (const t of topics) {
      if (t.parentId === null) continue;
      const list = this.childrenById.get(t.parentId) ?? [];
      list.push(t);
      this.childrenById.set(t.parentId, list);
    }
    for (const list of this.childrenById.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  }

  children(id: number): TopicModel[] {
    return this.childrenById.get(id) ?? [];
  }

  /** A topic and all its descendants. */
  subtreeIds(id: number): number[] {
    const out: number[] = [];
    const walk = (t: number) => {
      out.push(t);
      for (const c of this.children(t)) walk(c.id);
    };
    walk(id);
    return out;
  }

  /** Slugs from the root down to the topic. */
  path(id: number): string[] {
    const out: string[] = [];
    for (let t = this.byId.get(id); t; t = t.parentId === null ? undefined : this.byId.get(t.parentId))
      out.unshift(t.slug);
    return out;
  }

  /** Roots first, then each topic before its children (depth-first, by name). */
  ordered(): TopicModel[] {
    const out: TopicModel[] = [];
    const walk = (list: TopicModel[]) => {
      for (const t of list) {
        out.push(t);
        walk(this.children(t.id));
      }
    };
    walk(this.topics.filter((t) => t.parentId === null).sort((a, b) => a.name.localeCompare(b.name)));
    return out;
  }
}
