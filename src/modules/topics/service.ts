import type { Context } from '../../context.ts';
import type { TopicModel } from './model.ts';

export async function listTopics(ctx: Context): Promise<TopicModel[]> {
  return (await ctx.loaders.taxonomy()).ordered();
}

export async function topicBySlug(ctx: Context, slug: string): Promise<TopicModel | null> {
  return (await ctx.loaders.taxonomy()).bySlug.get(slug) ?? null;
}

export async function topicById(ctx: Context, id: number): Promise<TopicModel | null> {
  return (await ctx.loaders.taxonomy()).byId.get(id) ?? null;
}

export async function topicChildren(ctx: Context, topic: TopicModel): Promise<TopicModel[]> {
  return (await ctx.loaders.taxonomy()).children(topic.id);
}

export async function topicPath(ctx: Context, topic: TopicModel): Promise<string[]> {
  return (await ctx.loaders.taxonomy()).path(topic.id);
}

/**
 * Topic ids for a filter: each slug and its descendants. Unknown slugs are returned separately so the
 * caller can name them in a BAD_USER_INPUT.
 */
export async function expandTopicSlugs(ctx: Context, slugs: string[]): Promise<{ ids: number[]; unknown: string[] }> {
  const tax = await ctx.loaders.taxonomy();
  const ids = new Set<number>();
  const unknown: string[] = [];
  for (const slug of slugs) {
    const topic = tax.bySlug.get(slug);
    if (!topic) unknown.push(slug);
    else for (const id of tax.subtreeIds(topic.id)) ids.add(id);
  }
  return { ids: [...ids], unknown };
}
