import { describe, expect, it } from 'vitest';
import { onReview, onWrite, type ListingStatus } from './transitions.ts';

describe('listing status machine', () => {
  const write = (
    trusted: boolean,
    status: ListingStatus | null,
    via: 'submit' | 'patch' = 'submit',
    takenDown = false,
  ) => onWrite({ trusted, status, via, takenDown });

  it('publishes trusted writes and queues untrusted ones', () => {
    expect(write(true, null)).toEqual({ kind: 'apply', status: 'PUBLISHED' });
    expect(write(false, null)).toEqual({ kind: 'apply', status: 'PENDING' });
    for (const status of ['PENDING', 'REJECTED', 'ARCHIVED'] as const) {
      expect(write(true, status)).toEqual({ kind: 'apply', status: 'PUBLISHED' });
      expect(write(false, status)).toEqual({ kind: 'apply', status: 'PENDING' });
    }
  });

  it('keeps a published listing live while an untrusted edit waits as a revision', () => {
    expect(write(false, 'PUBLISHED')).toEqual({ kind: 'revision' });
    expect(write(false, 'PUBLISHED', 'patch')).toEqual({ kind: 'revision' });
    expect(write(true, 'PUBLISHED', 'patch')).toEqual({ kind: 'apply', status: 'PUBLISHED' });
  });

  it('leaves an archived listing archived on patch, and brings a taken-down one back only through review', () => {
    expect(write(true, 'ARCHIVED', 'patch')).toEqual({ kind: 'apply', status: 'ARCHIVED' });
    expect(write(true, 'ARCHIVED', 'submit', true)).toEqual({ kind: 'apply', status: 'PENDING' });
    expect(onReview('APPROVE')).toBe('PUBLISHED');
    expect(onReview('REJECT')).toBe('REJECTED');
  });
});
