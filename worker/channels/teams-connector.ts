/**
 * @module worker/channels/teams-connector: the bot's outbound side: a token by client credentials
 * (multi-tenant via botframework.com, single-tenant via the tenant id), cached until 5 minutes before
 * it expires, and reply / send / update through the Bot Connector REST API.
 */
import type { Activity } from 'botframework-schema';
import { problem } from '../problem.ts';

export const BOT_FRAMEWORK_TOKEN_ENDPOINT = 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token';
const SCOPE = 'https://api.botframework.com/.default';
const EARLY_MS = 5 * 60 * 1000;

export interface ConnectorCredentials {
  appId: string;
  password: string;
  type: 'MultiTenant' | 'SingleTenant';
  tenantId?: string | undefined;
  /** `{tenant}` is replaced by botframework.com or the tenant id. */
  tokenEndpoint?: string | undefined;
}

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** The token endpoint for these credentials. */
export function tokenUrl(creds: ConnectorCredentials): string {
  if (creds.type === 'SingleTenant' && !creds.tenantId)
    throw problem(500, 'teams-connector: MICROSOFT_APP_TYPE is SingleTenant but MICROSOFT_APP_TENANT_ID is not set.');
  const tenant = creds.type === 'SingleTenant' ? creds.tenantId! : 'botframework.com';
  return (creds.tokenEndpoint ?? BOT_FRAMEWORK_TOKEN_ENDPOINT).replace('{tenant}', encodeURIComponent(tenant));
}

/** A bearer token for the Bot Connector, from the cache while it has more than 5 minutes left. */
export async function connectorToken(creds: ConnectorCredentials, now = Date.now()): Promise<string> {
  const url = tokenUrl(creds);
  const cacheKey = `${url} ${creds.appId}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.expiresAt - EARLY_MS > now) return cached.token;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: creds.appId, client_secret: creds.password, scope: SCOPE }),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
  if (!res.ok || !body.access_token)
    throw problem(502, `teams-connector: the token endpoint refused the bot's credentials (${res.status}); check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TYPE.`);
  tokens.set(cacheKey, { token: body.access_token, expiresAt: now + (body.expires_in ?? 3600) * 1000 });
  return body.access_token;
}

/** Forgets cached tokens (tests). */
export function clearTokenCache(): void {
  tokens.clear();
}

const activitiesUrl = (serviceUrl: string, conversationId: string, activityId?: string) =>
  `${serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities` +
  (activityId ? `/${encodeURIComponent(activityId)}` : '');

async function call(creds: ConnectorCredentials, method: 'POST' | 'PUT', url: string, activity: Partial<Activity>): Promise<{ id?: string }> {
  const token = await connectorToken(creds);
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!res.ok) throw problem(502, `teams-connector: the Bot Connector answered ${res.status} to ${method} ${new URL(url).pathname}.`);
  return ((await res.json().catch(() => ({}))) as { id?: string }) ?? {};
}

/** The Bot Connector calls for one conversation. */
export function connector(creds: ConnectorCredentials, serviceUrl: string, conversationId: string) {
  return {
    /** Replies in the thread of `activityId`. */
    reply: (activityId: string, activity: Partial<Activity>) => call(creds, 'POST', activitiesUrl(serviceUrl, conversationId, activityId), activity),
    /** Sends a new message to the conversation. */
    send: (activity: Partial<Activity>) => call(creds, 'POST', activitiesUrl(serviceUrl, conversationId), activity),
    /** Replaces a message the bot sent (a card updated in place). */
    update: (activityId: string, activity: Partial<Activity>) => call(creds, 'PUT', activitiesUrl(serviceUrl, conversationId, activityId), activity),
  };
}
export type Connector = ReturnType<typeof connector>;
