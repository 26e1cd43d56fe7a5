/**
 * @module worker/channels/teams: Microsoft Teams. `POST /api/messages` (the bot: every token verified,
 * then activities and invokes dispatched through one table) and `POST /api/teams/webhook` (the outgoing
 * webhook, HMAC-signed). Conversation state lives in the Durable Object named from the Teams conversation.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { copy, langOfLocale, type Lang } from '../../bot/index.ts';
import type { AppEnv, Config } from '../env.ts';
import { problem } from '../problem.ts';
import { addressedToBot, conversationKey, inputOf, InboundActivity, messageFor, stripMentions, tenantOf } from './teams-activity.ts';
import { TeamsAuthError, verifyBotToken } from './teams-auth.ts';
import { answeredCard, turnCards } from './teams-cards.ts';
import { connector, type ConnectorCredentials } from './teams-connector.ts';
import { queryExtension, selectExtensionItem } from './teams-extension.ts';
import { verifyWebhookSignature, webhookAnswer } from './teams-webhook.ts';

interface Turn {
  c: Context<AppEnv>;
  activity: InboundActivity;
  lang: Lang;
  /** The bot's credentials (only replies need them; invokes answer in the response). */
  creds: () => ConnectorCredentials;
}

const credentialsOf = (cfg: Config): ConnectorCredentials => {
  if (!cfg.MICROSOFT_APP_PASSWORD) throw problem(500, 'teams: MICROSOFT_APP_PASSWORD is not set, so the bot cannot reply. Set it with `wrangler secret put MICROSOFT_APP_PASSWORD`.');
  return { appId: cfg.MICROSOFT_APP_ID!, password: cfg.MICROSOFT_APP_PASSWORD, type: cfg.MICROSOFT_APP_TYPE, tenantId: cfg.MICROSOFT_APP_TENANT_ID, tokenEndpoint: cfg.TEAMS_TOKEN_ENDPOINT };
};

const stubOf = async (t: Turn) => t.c.env.CONVERSATIONS.get(t.c.env.CONVERSATIONS.idFromName(await conversationKey(t.activity.conversation.id)));

/** A message or a card button (Action.Submit): one engine turn; the answered card is updated in place. */
async function onMessage(t: Turn): Promise<Response> {
  const { input, data } = inputOf(t.activity);
  if (!data && !addressedToBot(t.activity)) return t.c.body(null, 200);
  const stub = await stubOf(t);
  if (t.activity.id && !(await stub.firstSeen(t.activity.id))) return t.c.body(null, 200);
  const { replies, restarted } = await stub.turn(input, t.lang, data !== undefined);
  const blocks = restarted ? [{ type: 'text' as const, text: copy(t.lang).chat.expired }, ...replies] : replies;
  const conn = connector(t.creds(), t.activity.serviceUrl, t.activity.conversation.id);
  if (data?.prompt && t.activity.replyToId) await conn.update(t.activity.replyToId, { ...messageFor(t.activity, [answeredCard(data, t.lang)], t.lang), id: t.activity.replyToId });
  for (const cardOf of turnCards(blocks, t.lang, new URL(t.c.req.url).origin)) {
    const message = messageFor(t.activity, [cardOf], t.lang);
    await (t.activity.id ? conn.reply(t.activity.id, message) : conn.send(message));
  }
  return t.c.body(null, 200);
}

/** The bot was added to a conversation: greet. */
async function onAdded(t: Turn): Promise<Response> {
  const stub = await stubOf(t);
  if (t.activity.id && !(await stub.firstSeen(t.activity.id))) return t.c.body(null, 200);
  const { replies } = await stub.turn(undefined, t.lang, false);
  const { replyToId: _, ...greeting } = messageFor(t.activity, turnCards(replies, t.lang, new URL(t.c.req.url).origin), t.lang);
  await connector(t.creds(), t.activity.serviceUrl, t.activity.conversation.id).send(greeting);
  return t.c.body(null, 200);
}

const isInvoke = (name: string) => (a: InboundActivity) => a.type === 'invoke' && a.name === name;

/** Activities and invokes, in order: the first whose `select` matches handles the request. */
const ROUTES: { name: string; select: (a: InboundActivity) => boolean; handle: (t: Turn) => Promise<Response> | Response }[] = [
  { name: 'message', select: (a) => a.type === 'message', handle: onMessage },
  { name: 'bot-added', select: (a) => a.type === 'conversationUpdate' && (a.membersAdded ?? []).some((m) => m.id === a.recipient.id), handle: onAdded },
  { name: 'extension-query', select: isInvoke('composeExtension/query'), handle: (t) => t.c.json(queryExtension(t.activity.value, t.lang)) },
  { name: 'extension-select', select: isInvoke('composeExtension/selectItem'), handle: (t) => t.c.json(selectExtensionItem(t.activity.value, t.lang)) },
  {
    name: 'unknown-invoke',
    select: (a) => a.type === 'invoke',
    handle: (t) => {
      throw problem(501, `teams: the invoke ${t.activity.name ?? '(unnamed)'} is not supported by this bot.`);
    },
  },
  { name: 'ignored', select: () => true, handle: (t) => t.c.body(null, 200) },
];

const refuse = (detail: string) => problem(401, detail, {}, { 'www-authenticate': 'Bearer' });

/** Teams activities are a few KB; anything far larger is refused before it is read. */
const limit = bodyLimit({ maxSize: 256 * 1024, onError: () => problem(413, 'teams: the request body is larger than 256 KB.').getResponse() });

export const teams = new Hono<AppEnv>()
  .use('/api/messages', limit)
  .use('/api/teams/webhook', limit)
  .post('/api/messages', async (c) => {
    const cfg = c.get('config');
    if (!cfg.MICROSOFT_APP_ID) throw refuse('teams: this deployment has no MICROSOFT_APP_ID, so it accepts no Bot Framework requests.');
    const raw = await c.req.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const activity = InboundActivity.safeParse(parsed);
    try {
      // This endpoint serves Teams: the signing key must be endorsed for msteams whatever channel the body claims.
      await verifyBotToken(c.req.header('authorization'), { ...(activity.success ? activity.data : {}), channelId: 'msteams' }, { appId: cfg.MICROSOFT_APP_ID, openIdMetadataUrl: cfg.TEAMS_OPENID_METADATA_URL });
    } catch (err) {
      if (err instanceof TeamsAuthError) throw refuse(`${err.message}.`);
      throw err;
    }
    if (!activity.success) throw problem(400, `teams: the activity is not valid: ${activity.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const a = activity.data;
    const tenant = tenantOf(a);
    if (cfg.TEAMS_ALLOWED_TENANTS.length && (!tenant || !cfg.TEAMS_ALLOWED_TENANTS.includes(tenant)))
      throw problem(403, 'teams: this Microsoft 365 tenant is not in TEAMS_ALLOWED_TENANTS.');
    const route = ROUTES.find((r) => r.select(a))!;
    return route.handle({ c, activity: a, lang: langOfLocale(a.locale), creds: () => credentialsOf(cfg) });
  })
  .post('/api/teams/webhook', async (c) => {
    const secret = c.get('config').TEAMS_WEBHOOK_SECRET;
    const raw = await c.req.arrayBuffer();
    if (!secret || !(await verifyWebhookSignature(raw, c.req.header('authorization'), secret)))
      throw problem(401, 'teams-webhook: the HMAC signature is missing or does not match (or TEAMS_WEBHOOK_SECRET is not set).');
    let body: { text?: unknown; locale?: unknown } = {};
    try {
      body = JSON.parse(new TextDecoder().decode(raw)) as typeof body;
    } catch {
      throw problem(400, 'teams-webhook: the body is not JSON.');
    }
    const text = typeof body.text === 'string' ? stripMentions(body.text) : '';
    return c.json(webhookAnswer(text, langOfLocale(typeof body.locale === 'string' ? body.locale : undefined)));
  });
