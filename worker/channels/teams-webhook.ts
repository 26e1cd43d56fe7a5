/**
 * @module worker/channels/teams-webhook: the Teams outgoing webhook. A channel @mention arrives signed
 * with `Authorization: HMAC <base64>`, HMAC-SHA256 over the raw UTF-8 body keyed with the
 * base64-decoded security token; the answer is a one-shot lookup, as a message in the response body.
 */
import type { Activity } from 'botframework-schema';
import { answerSearch, type Lang } from '../../bot/index.ts';
import { knowledge } from '../knowledge.ts';
import { ADAPTIVE_CARD, card, serviceElements } from './teams-cards.ts';
import { teamsCopy } from './teams-copy.ts';

const fromBase64 = (b64: string): Uint8Array<ArrayBuffer> | undefined => {
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
};

/** True when `authorization` is `HMAC <base64>` and the digest matches the raw body (compared in constant time). */
export async function verifyWebhookSignature(rawBody: ArrayBuffer, authorization: string | undefined, secretBase64: string): Promise<boolean> {
  const signature = fromBase64(/^HMAC\s+(\S+)$/.exec(authorization ?? '')?.[1] ?? '');
  const secret = fromBase64(secretBase64);
  if (!signature?.length || !secret?.length) return false;
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return crypto.subtle.verify('HMAC', key, signature, rawBody);
}

/** The answer to a mention: the best-matching need and its services, as text plus a card of the best service. */
export function webhookAnswer(text: string, lang: Lang): Partial<Activity> {
  const t = teamsCopy(lang);
  if (!text) return { type: 'message', text: t.webhookHelp };
  const found = answerSearch(knowledge(), text.slice(0, 200), { lang }, 3);
  const need = found.needs[0];
  if (!need && !found.services.length) return { type: 'message', text: t.noResults };
  const lines = [
    ...(need ? [`**${t.found}: ${need.title}**`] : []),
    ...found.services.map((s) => `- **${s.name}** (${s.organization.name})${s.contact.phone ? `, ${s.contact.phone}` : ''}: ${s.referral.how}`),
  ];
  const best = found.services[0];
  return {
    type: 'message',
    text: lines.join('\n'),
    ...(best && { attachments: [{ contentType: ADAPTIVE_CARD, content: card(serviceElements(best, lang)) }] }),
  };
}
