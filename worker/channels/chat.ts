/** @module worker/channels/chat: POST /api/v1/chat, one turn of the referral conversation (the widget uses it; integrators may). */
import { Hono } from 'hono';
import { copy, langOfLocale } from '../../bot/index.ts';
import { ChatRequest } from '../schemas.ts';
import { validate } from '../validate.ts';
import type { AppEnv } from '../env.ts';

/** 128 random bits, hex: unguessable, and the Durable Object's name. */
function newConversationId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const chat = new Hono<AppEnv>().post('/chat', validate('json', ChatRequest), async (c) => {
  const body = c.req.valid('json');
  const conversationId = body.conversationId ?? newConversationId();
  const lang = langOfLocale(body.locale);
  const stub = c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(conversationId));
  const { replies, restarted } = await stub.turn(body.input, lang, body.conversationId !== undefined);
  const notice = restarted ? [{ type: 'text' as const, text: copy(lang).chat.expired }] : [];
  return c.json({ conversationId, replies: [...notice, ...replies] });
});
