/** Who is asking. Built once per request from the Authorization header. */
export type Viewer =
  | { role: 'anonymous' }
  | { role: 'partner'; keyId: string; organizationId: number; trusted: boolean }
  | { role: 'moderator'; keyId: string }
  | { role: 'analyst'; keyId: string };

export const anonymous: Viewer = { role: 'anonymous' };

/** Whether the viewer may see a listing in this status owned by this organisation. */
export function canSeeListing(viewer: Viewer, status: string, organizationId: number): boolean {
  if (status === 'PUBLISHED') return true;
  if (viewer.role === 'moderator') return true;
  return viewer.role === 'partner' && viewer.organizationId === organizationId;
}
