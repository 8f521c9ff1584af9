/** Who is asking. Built once per request from the Authorization header. */
export type Viewer =
  | { role: 'anonymous' }
  | { role: 'partner'; keyId: string; organizationId: number; trusted: boolean }
  | { role: 'moderator'; keyId: string }
  | { role: 'analyst'; keyId: string };

export const anonymous: Viewer = { role: 'anonymous' };
