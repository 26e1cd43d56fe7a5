/** Helpers for Teams worker tests: activities as Teams sends them, posted to /api/messages through the real worker. */
import { SELF } from 'cloudflare:test';
import { ORIGIN } from '../helpers.ts';
import { STAND_IN } from './stand-ins.ts';

export const BOT = { id: `28:${STAND_IN.appId}`, name: 'Referral Assistant' };
export const USER = { id: '29:1a2b3c-user', name: 'Dr. Test' };
export const TENANT = '72f988bf-0000-4000-8000-000000000001';

let counter = 0;
/** A unique id, as Teams gives each activity. */
export const nextId = (prefix = 'act') => `${prefix}-${Date.now()}-${++counter}`;

/** A message activity in a personal chat (override anything). */
export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: nextId(),
    channelId: 'msteams',
    serviceUrl: STAND_IN.serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: `a:conv-${nextId('c')}`, conversationType: 'personal', tenantId: TENANT },
    locale: 'en-US',
    text: 'tired all the time after chemo',
    channelData: { tenant: { id: TENANT } },
    ...overrides,
  };
}

/** POST /api/messages with a bearer token (or none). */
export const postActivity = (body: unknown, token?: string) =>
  SELF.fetch(`${ORIGIN}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
