/**
 * @module worker/channels/teams-activity: the inbound Bot Framework activity as far as we read it
 * (validated with zod at the boundary), and what a turn needs from it: language, mention, input.
 */
import type { Activity } from 'botframework-schema';
import { z } from 'zod';
import type { Lang, TurnInput } from '../../bot/index.ts';
import { ADAPTIVE_CARD, type AdaptiveCard, type CardData } from './teams-cards.ts';

const Account = z.looseObject({ id: z.string(), name: z.string().optional() });

export const InboundActivity = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  channelId: z.string(),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string(), conversationType: z.string().optional(), tenantId: z.string().optional() }),
  from: Account,
  recipient: Account,
  text: z.string().optional(),
  value: z.unknown().optional(),
  locale: z.string().optional(),
  replyToId: z.string().optional(),
  entities: z.array(z.looseObject({ type: z.string(), mentioned: Account.optional() })).optional(),
  membersAdded: z.array(Account).optional(),
  channelData: z.looseObject({ tenant: z.object({ id: z.string() }).optional() }).optional(),
});
export type InboundActivity = z.infer<typeof InboundActivity>;

/** The data of a card button: the engine's action, plus what the in-place update shows. */
export const CardValue = z.object({
  action: z.string().min(1).max(40),
  value: z.string().max(400).default(''),
  prompt: z.string().max(400).optional(),
  label: z.string().max(400).optional(),
}) satisfies z.ZodType<CardData>;

/** The Microsoft 365 tenant of the activity. */
export const tenantOf = (a: InboundActivity) => (a.conversation.tenantId ?? a.channelData?.tenant?.id)?.toLowerCase();

/** One-to-one chats answer everything; group chats and channels only a message that mentions the bot. */
export function addressedToBot(a: InboundActivity): boolean {
  const type = a.conversation.conversationType ?? 'personal';
  return type === 'personal' || (a.entities ?? []).some((e) => e.type === 'mention' && e.mentioned?.id === a.recipient.id);
}

/** The text without `<at>…</at>` mentions and markup, trimmed. */
export const stripMentions = (text: string) =>
  text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The turn input: a card button's `{ action, value }`, else the typed text (at most 500 characters). */
export function inputOf(a: InboundActivity): { input: TurnInput | undefined; data?: CardData } {
  const data = CardValue.safeParse(a.value);
  if (data.success) return { input: { action: data.data.action, value: data.data.value }, data: data.data };
  const text = stripMentions(a.text ?? '').slice(0, 500);
  return { input: text ? { text } : undefined };
}

/** The conversation's Durable Object name: SHA-256 hex of `teams:` + the Teams conversation id. */
export async function conversationKey(conversationId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`teams:${conversationId}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A message from the bot back into the activity's conversation, carrying cards. */
export function messageFor(a: InboundActivity, cards: AdaptiveCard[], lang: Lang): Partial<Activity> {
  return {
    type: 'message',
    from: { id: a.recipient.id, name: a.recipient.name ?? '' },
    recipient: { id: a.from.id, name: a.from.name ?? '' },
    conversation: { id: a.conversation.id } as Activity['conversation'],
    ...(a.id && { replyToId: a.id }),
    locale: lang,
    attachments: cards.map((content) => ({ contentType: ADAPTIVE_CARD, content })),
  };
}
