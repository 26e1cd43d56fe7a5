import { describe, expect, it } from 'vitest';
import { hashKey, keyName } from '../../worker/api-keys.ts';
import { DEV_KEY, DEV_KEY_HASH } from '../../worker/dev-key.ts';
import { Config } from '../../worker/env.ts';

const HASH = 'a'.repeat(64);

describe('configuration: API_KEYS and RATE_LIMITS', () => {
  it('reads API_KEYS as lines or a comma list of name:sha256hex', () => {
    const lines = Config.parse({ ENVIRONMENT: 'production', API_KEYS: `one:${HASH}\n two:${'b'.repeat(64)} \n` });
    expect(lines.API_KEYS).toEqual([{ name: 'one', hash: HASH }, { name: 'two', hash: 'b'.repeat(64) }]);
    expect(Config.parse({ API_KEYS: `one:${HASH},two:${'b'.repeat(64)}` }).API_KEYS).toHaveLength(2);
  });

  it('refuses a malformed entry or a duplicate name, naming the entry but never echoing it', () => {
    const bad = Config.safeParse({ API_KEYS: `one:${HASH}\nsecret-plain-key` });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).join('; ')).toMatch(/entry 2 is not "name:sha256hex"/);
    expect(JSON.stringify(bad.error?.issues)).not.toContain('secret-plain-key');
    expect(Config.safeParse({ API_KEYS: `one:${HASH},one:${HASH}` }).success).toBe(false);
  });

  it('keeps the development key only when ENVIRONMENT is development', () => {
    const keys = `dev:${DEV_KEY_HASH}`;
    expect(Config.parse({ ENVIRONMENT: 'development', API_KEYS: keys }).API_KEYS).toHaveLength(1);
    expect(Config.parse({ ENVIRONMENT: 'production', API_KEYS: keys }).API_KEYS).toEqual([]);
    expect(Config.parse({ ENVIRONMENT: 'test', API_KEYS: keys }).API_KEYS).toEqual([]);
  });

  it('matches a key by its hash', async () => {
    expect(await hashKey(DEV_KEY)).toBe(DEV_KEY_HASH);
    const keys = [{ name: 'a', hash: HASH }, { name: 'dev', hash: DEV_KEY_HASH }];
    expect(await keyName(keys, DEV_KEY)).toBe('dev');
    expect(await keyName(keys, `${DEV_KEY}!`)).toBeUndefined();
  });

  it('reads RATE_LIMITS policies and per-subject overrides, with defaults', () => {
    const { RATE_LIMITS } = Config.parse({ RATE_LIMITS: 'lookup=10/60, read@203.0.113.9=5/10' });
    expect(RATE_LIMITS.policies.lookup).toEqual({ quota: 10, window: 60 });
    expect(RATE_LIMITS.policies.read).toEqual({ quota: 300, window: 60 });
    expect(RATE_LIMITS.overrides['read@203.0.113.9']).toEqual({ quota: 5, window: 10 });
    expect(Config.safeParse({ RATE_LIMITS: 'search=10/60' }).success).toBe(false);
    expect(Config.safeParse({ RATE_LIMITS: 'lookup=0/60' }).success).toBe(false);
  });
});
