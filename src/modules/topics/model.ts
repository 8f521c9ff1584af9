export interface TopicModel {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
}
