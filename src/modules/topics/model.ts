export interface TopicModel {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
  /** Searches on this topic show crisis support first. */
  sensitive?: boolean;
}
