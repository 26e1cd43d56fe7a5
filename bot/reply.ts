/**
 * @module bot/reply: the channel-neutral reply blocks of the referral conversation, and the input a turn
 * takes. This is the contract every channel renders (widget, Teams, chat API):
 *
 * - `text`: a paragraph.
 * - `choices`: buttons; a chosen one comes back as `{ action, value }`.
 * - `multiChoice`: a multi-select list (the problem-list screen); the client sends `{ action, value }`
 *   with the chosen option values joined by commas.
 * - `needs`: needs with a short summary (browsing a domain); choosing one sends `{ action: "need", value: id }`.
 * - `redFlag`: urgent signs and what to do first; always shown before anything else of its turn.
 * - `guidance`: how to act on a need.
 * - `services`: ranked service cards in the API's shape; `add` is the button that puts one in the
 *   referral plan (send `{ action: add.action, value: service.id }`).
 * - `plan`: the referral plan, its paste-ready text and links to a print handout per language.
 */
import { z } from 'zod';
import { LANGS } from '../knowledge/schema.ts';
import { GuidanceView, NeedSummaryView, ServiceView } from './views.ts';

export const Choice = z.object({ label: z.string(), action: z.string(), value: z.string() }).meta({ id: 'Choice' });

export const PlanItemView = z
  .object({
    need: z.object({ id: z.string(), title: z.string() }),
    services: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        phone: z.string().optional(),
        email: z.string().optional(),
        url: z.string().optional(),
        how: z.string(),
        checkBeforeReferring: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PlanItem' });

export const ReplyBlock = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('choices'), prompt: z.string(), choices: z.array(Choice) }),
    z.object({
      type: z.literal('multiChoice'),
      prompt: z.string(),
      action: z.string().meta({ description: 'Send `{ action, value }` with the chosen values joined by commas.' }),
      submitLabel: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.string() })),
    }),
    z.object({ type: z.literal('needs'), prompt: z.string(), needs: z.array(NeedSummaryView.extend({ summary: z.string() })) }),
    z.object({ type: z.literal('redFlag'), title: z.string(), signs: z.string(), action: z.string() }),
    z.object({ type: z.literal('guidance'), guidance: GuidanceView }),
    z.object({
      type: z.literal('services'),
      services: z.array(ServiceView),
      add: z.object({ label: z.string(), action: z.string() }).optional().meta({ description: 'The add-to-plan button for each card.' }),
    }),
    z.object({
      type: z.literal('plan'),
      title: z.string(),
      items: z.array(PlanItemView),
      text: z.string().meta({ description: 'The plan as plain text, ready to paste in a patient file.' }),
      handout: z
        .array(z.object({ lang: z.enum(LANGS), label: z.string(), path: z.string().meta({ description: 'Relative to the API origin: `/handout?…`.' }) }))
        .meta({ description: 'Print handouts, the patient’s language first.' }),
    }),
  ])
  .meta({ id: 'ReplyBlock' });
export type ReplyBlock = z.infer<typeof ReplyBlock>;

/** One turn's input: free text, or a chosen button (`action` + `value`). */
export const TurnInput = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(500) }),
  z.strictObject({ action: z.string().min(1).max(40), value: z.string().max(400) }),
]);
export type TurnInput = z.infer<typeof TurnInput>;

/** The actions the engine understands (the `action` of a choice). */
export const ACTIONS = {
  lang: 'switch the conversation language (value nl, fr or en)',
  restart: 'start over',
  browse: 'browse: value empty for the four domains, or a domain for its needs',
  problems: 'the problem list: value empty to show it, or chosen need ids joined by commas',
  need: 'choose a need (value: need id)',
  audience: 'who needs the help (value: adult, child, aya or relative)',
  region: 'where the person lives (value: BE-VLG, BE-WAL or BE-BRU)',
  patientLang: 'the patient’s language (value: nl, fr, en or de)',
  add: 'add a service to the referral plan (value: service id)',
  remove: 'remove a service from the referral plan (value: service id)',
  plan: 'show the referral plan',
  another: 'look at another need, keeping who and where',
  context: 'change who or where',
} as const;
export type Action = keyof typeof ACTIONS;
