import type { UserErrorCode } from '../../generated/graphql.ts';
import type { UserErrorModel } from './model.ts';

/** The longest URL a listing may carry. */
export const URL_MAX_LENGTH = 2000;

/**
 * Gathers the userErrors and warnings of one validation, with the text and URL checks every field shares.
 * Its own module so that the listing model's validation can use it without importing partners/validation.
 */
export class Collector {
  readonly errors: UserErrorModel[] = [];
  readonly warnings: UserErrorModel[] = [];
  add(field: Array<string | number>, code: UserErrorCode, message: string) {
    this.errors.push({ field: field.map(String), code, message });
  }
  warn(field: Array<string | number>, code: UserErrorCode, message: string) {
    this.warnings.push({ field: field.map(String), code, message });
  }
  text(field: string[], value: string | null | undefined, max: number, required = false): string | null {
    const v = value?.trim() ?? '';
    if (!v) {
      if (required) this.add(field, 'REQUIRED', `${field.at(-1)} is required`);
      return null;
    }
    if (v.length > max) this.add(field, 'TOO_LONG', `${field.at(-1)} must be at most ${max} characters`);
    // Control characters break feeds and terminals downstream; newlines are fine in descriptions.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v))
      this.add(field, 'INVALID', `${field.at(-1)} contains control characters`);
    return v;
  }
  url(field: string[], value: string | null | undefined): string | null {
    const v = this.text(field, value, URL_MAX_LENGTH);
    if (v === null) return null;
    let ok: boolean;
    try {
      const u = new URL(v);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && Boolean(u.hostname);
    } catch {
      ok = false;
    }
    if (!ok) this.add(field, 'INVALID_URL', `${field.at(-1)} must be an http or https URL`);
    return v;
  }
  notForKind(field: string, value: unknown, kind: string) {
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      this.add([field], 'NOT_ALLOWED_FOR_KIND', `${field} does not apply to ${kind}`);
    }
  }
}
