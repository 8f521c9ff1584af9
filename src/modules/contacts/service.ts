import type { Context } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { tryDecodeId } from '../../shared/ids.ts';
import { pageSize } from '../../shared/page-size.ts';
import { requireRole } from '../auth/guards.ts';
import type { UserErrorModel } from '../partners/model.ts';
import * as repo from './repository.ts';

// A seeker reaches the organiser of a listing without either side's details being published: the message is
// kept for the owning partner to read (contactRequests) and deleted after RETENTION_DAYS.

export const RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
const LIMITS = { message: 2000, replyTo: 200 };
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{4,30}$/;

export interface PublicPayload {
  ok: boolean;
  userErrors: UserErrorModel[];
}

export interface ContactRequestModel {
  id: number;
  resourceId: number;
  message: string;
  replyTo: string;
  createdAt: Date;
}

const fail = (field: string, code: UserErrorModel['code'], message: string): PublicPayload => ({
  ok: false,
  userErrors: [{ field: [field], code, message }],
});

/** The key or address a public message is charged to. */
export const clientOf = (ctx: Context) =>
  ctx.viewer.role === 'anonymous' ? `ip:${ctx.clientAddress}` : `key:${ctx.viewer.keyId}`;

/**
 * Anyone may write to the organiser of a published listing. Rate-limited per key or address; the message is
 * never shown to anyone but the owning partner, and nothing about the organiser is returned.
 */
export async function requestContact(
  ctx: Context,
  resourceId: string,
  message: string,
  replyTo: string,
): Promise<PublicPayload> {
  await ctx.limits.publicMessage(clientOf(ctx));
  const text = message.trim();
  const reply = replyTo.trim();
  if (!text) return fail('message', 'REQUIRED', 'write a message');
  if (text.length > LIMITS.message)
    return fail('message', 'TOO_LONG', `message must be at most ${LIMITS.message} characters`);
  if (!reply)
    return fail('replyTo', 'REQUIRED', 'say how the organiser can answer you (an email address or phone number)');
  if (reply.length > LIMITS.replyTo || !(EMAIL.test(reply) || PHONE.test(reply)))
    return fail('replyTo', 'INVALID', 'replyTo must be an email address or a phone number');
  const decoded = tryDecodeId(resourceId);
  if (!decoded || decoded.type !== 'Resource') return fail('resourceId', 'NOT_FOUND', 'no such listing');
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('resources')
      .select(['id', 'organization_id', 'status'])
      .where('id', '=', decoded.id)
      .executeTakeFirst();
    // Only published listings take messages: a pending or archived one must not be probed through this.
    if (!r || r.status !== 'PUBLISHED') return fail('resourceId', 'NOT_FOUND', 'no such listing');
    await repo.insertContactRequest(trx, {
      resourceId: r.id,
      organizationId: r.organization_id,
      message: text,
      replyTo: reply,
    });
    return { ok: true, userErrors: [] };
  });
}

/** A partner's messages from seekers, newest first (those of the retention period only). */
export async function contactRequests(ctx: Context, first: number | null | undefined): Promise<ContactRequestModel[]> {
  const viewer = requireRole(ctx, 'partner');
  const n = pageSize('Query.contactRequests', first);
  const rows = await repo.findContactRequests(
    ctx.db,
    viewer.organizationId,
    new Date(Date.now() - RETENTION_DAYS * DAY_MS),
    n,
  );
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    message: r.message,
    replyTo: r.reply_to,
    createdAt: r.created_at,
  }));
}

/** Deletes messages older than the retention period; returns how many. Runs with the hourly maintenance. */
export function purgeContactRequests(db: Db, now = new Date()): Promise<number> {
  return repo.deleteContactRequestsBefore(db, new Date(now.getTime() - RETENTION_DAYS * DAY_MS));
}
