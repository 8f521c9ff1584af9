import type { Context } from '../../context.ts';
import { forbidden, unauthenticated } from '../../shared/errors.ts';
import type { Viewer } from './viewer.ts';

type Role = Exclude<Viewer['role'], 'anonymous'>;

/** No key: UNAUTHENTICATED. A key of another role: FORBIDDEN. */
export function requireRole<R extends Role>(ctx: Context, ...roles: R[]): Extract<Viewer, { role: R }> {
  if (ctx.viewer.role === 'anonymous') throw unauthenticated('This needs an API key');
  if (!(roles as string[]).includes(ctx.viewer.role)) throw forbidden(`This needs a ${roles.join(' or ')} key`);
  return ctx.viewer as Extract<Viewer, { role: R }>;
}
