/**
 * @module worker/channels/teams-extension: the search message extension. `composeExtension/query`
 * searches needs and services with the engine's search and ranking (bot/lookup answerSearch) and
 * answers cards with thumbnail previews; `composeExtension/selectItem` turns the picked preview into
 * the card inserted in the chat: the service itself, or for a need its best-ranked services.
 */
import type { MessagingExtensionAttachment, MessagingExtensionResponse } from 'botframework-schema';
import { z } from 'zod';
import { answerNeed, answerSearch, needView, serviceView, type Lang } from '../../bot/index.ts';
import { knowledge } from '../knowledge.ts';
import { ADAPTIVE_CARD, card, serviceCard, serviceElements, type AdaptiveCard } from './teams-cards.ts';
import { teamsCopy } from './teams-copy.ts';

const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';
const MAX_RESULTS = 10;

export const ExtensionQuery = z.looseObject({
  commandId: z.string().optional(),
  parameters: z.array(z.looseObject({ name: z.string(), value: z.unknown() })).default([]),
  queryOptions: z.looseObject({ skip: z.number().int().min(0).optional(), count: z.number().int().min(1).optional() }).optional(),
});

/** What a preview's tap sends back in `composeExtension/selectItem`. */
export const SelectedItem = z.object({ kind: z.enum(['need', 'service']), id: z.string().max(100) });
type SelectedItem = z.infer<typeof SelectedItem>;

const result = (attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse => ({
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments },
});

const attachment = (content: AdaptiveCard, title: string, text: string, tap: SelectedItem): MessagingExtensionAttachment => ({
  contentType: ADAPTIVE_CARD,
  content,
  preview: { contentType: THUMBNAIL, content: { title, text, tap: { type: 'invoke', value: tap } } },
});

/** A need as a card: its summary and the names of its best-ranked services. */
function needCard(id: string, lang: Lang): AdaptiveCard | undefined {
  const kb = knowledge();
  const found = answerNeed(kb, id, { lang }, 3);
  if (!found) return undefined;
  return card([
    { type: 'TextBlock', text: found.need.title, wrap: true, style: 'heading', weight: 'bolder', size: 'medium' },
    { type: 'TextBlock', text: found.need.summary, wrap: true },
    ...found.services.map((s, i) => ({ type: 'Container', separator: true, spacing: i ? 'medium' : 'large', items: serviceElements(s, lang) })),
  ]);
}

/** `composeExtension/query`: needs first, then services, each a card with a thumbnail preview. */
export function queryExtension(value: unknown, lang: Lang): MessagingExtensionResponse {
  const query = ExtensionQuery.safeParse(value);
  const text = query.success ? query.data.parameters.find((p) => p.name !== 'initialRun' && typeof p.value === 'string')?.value : undefined;
  const t = teamsCopy(lang);
  if (typeof text !== 'string' || !text.trim()) return { composeExtension: { type: 'message', text: t.typeToSearch } };
  const kb = knowledge();
  const limit = Math.min(query.data?.queryOptions?.count ?? MAX_RESULTS, MAX_RESULTS);
  const found = answerSearch(kb, text.trim().slice(0, 200), { lang }, Math.ceil(limit / 2));
  const needs = found.needs.flatMap((n) => {
    const need = kb.needs.get(n.id);
    const content = need && needCard(n.id, lang);
    return need && content ? [attachment(content, n.title, needView(kb, need, lang).summary, { kind: 'need', id: n.id })] : [];
  });
  const services = found.services.map((s) => attachment(serviceCard(s, lang), s.name, s.organization.name, { kind: 'service', id: s.id }));
  const attachments = [...needs, ...services].slice(0, limit);
  if (!attachments.length) return { composeExtension: { type: 'message', text: t.noResults } };
  return result(attachments);
}

/** `composeExtension/selectItem`: the card to insert for the picked preview. */
export function selectExtensionItem(value: unknown, lang: Lang): MessagingExtensionResponse {
  const item = SelectedItem.safeParse(value);
  const kb = knowledge();
  const service = item.success && item.data.kind === 'service' ? kb.services.get(item.data.id) : undefined;
  const content = service
    ? serviceCard(serviceView(kb, service, lang), lang)
    : item.success && item.data.kind === 'need'
      ? needCard(item.data.id, lang)
      : undefined;
  if (!content) return { composeExtension: { type: 'message', text: teamsCopy(lang).noResults } };
  return result([{ contentType: ADAPTIVE_CARD, content }]);
}
