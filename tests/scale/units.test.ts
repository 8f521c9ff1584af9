import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { formatLsn, maxLsn, parseLsn } from '../../src/db/lsn.ts';

// The pieces of scale-out that need no cluster: WAL positions from untrusted headers, and the configuration.

describe('WAL positions', () => {
  it('round-trips and orders positions exactly, past 2^53', () => {
    for (const text of ['0/0', '0/16B3748', '16/B374D848', 'FFFFFFFF/FFFFFFFF'])
      expect(formatLsn(parseLsn(text)!)).toBe(text);
    expect(parseLsn('0/16b3748')).toBe(parseLsn('0/16B3748'));
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    // Two positions a byte apart up where doubles cannot tell them apart.
    expect(parseLsn('FFFFFFFF/FFFFFFFF')! > parseLsn('FFFFFFFF/FFFFFFFE')!).toBe(true);
    expect(maxLsn(null, parseLsn('0/10'), undefined, parseLsn('0/F'))).toBe(parseLsn('0/10'));
    expect(maxLsn(null, undefined)).toBeNull();
  });

  it('takes anything else from a client as no position at all', () => {
    const hostile: unknown[] = [
      '',
      ' ',
      '0',
      '/',
      '0/',
      '/0',
      '0//0',
      '-1/0',
      '0/-1',
      '1/2/3',
      'G/0',
      '0x1/0',
      '100000000/0',
      '0/100000000',
      "0/0'; drop table resources; --",
      '0/0\u0000',
      '１/２',
      '0/0 0/0',
      'a'.repeat(100_000),
      null,
      undefined,
      42,
      {},
      ['0/0'],
    ];
    for (const h of hostile) expect(parseLsn(h)).toBeNull();
  });
});

describe('scale-out configuration', () => {
  const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };

  it('is off by default', () => {
    const c = loadConfig(base);
    expect(c.replicaUrls).toEqual([]);
    expect(c.redisUrl).toBeUndefined();
    expect(c.replicaMaxLagMs).toBe(5_000);
    expect(c.redisKeyPrefix).toBe('peer-atlas:');
  });

  it('reads comma-separated replica URLs, tolerating spaces and a trailing comma', () => {
    const c = loadConfig({
      ...base,
      DATABASE_REPLICA_URLS: ' postgres://r1/x , postgresql://r2/x,',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REPLICA_MAX_LAG_MS: '250',
    });
    expect(c.replicaUrls).toEqual(['postgres://r1/x', 'postgresql://r2/x']);
    expect(c.replicaMaxLagMs).toBe(250);
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('refuses bad values with one line naming the variable', () => {
    expect(() => loadConfig({ ...base, DATABASE_REPLICA_URLS: 'postgres://r1/x,mysql://r2/x' })).toThrow(
      /DATABASE_REPLICA_URLS.*postgres:\/\//,
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/x' })).toThrow(
      /DATABASE_REPLICA_URLS: needs DATABASE_URL/,
    );
    expect(() => loadConfig({ ...base, REPLICA_MAX_LAG_MS: 'soon' })).toThrow(/REPLICA_MAX_LAG_MS/);
    expect(() => loadConfig({ ...base, REPLICA_MAX_LAG_MS: '10' })).toThrow(/REPLICA_MAX_LAG_MS/);
    expect(() => loadConfig({ ...base, REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ ...base, REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/);
  });
});
