/**
 * @module bot/state: what a conversation remembers between turns: structured choices only (never free
 * text), with a version so stored state from an older engine is recognised.
 */
import { z } from 'zod';
import { AUDIENCES, LANGS, REGIONS } from '../knowledge/schema.ts';

export const STATE_VERSION = 1;

export const ConversationState = z.strictObject({
  v: z.literal(STATE_VERSION),
  lang: z.enum(LANGS),
  /** What the engine is waiting for. */
  step: z.enum(['start', 'need', 'audience', 'region', 'answered']),
  needId: z.string().optional(),
  audience: z.enum(AUDIENCES).optional(),
  region: z.enum(REGIONS).optional(),
  postalCode: z.string().regex(/^[1-9][0-9]{3}$/).optional(),
  plan: z.array(z.strictObject({ needId: z.string(), serviceIds: z.array(z.string()) })).default([]),
});
export type ConversationState = z.infer<typeof ConversationState>;

export const initialState = (lang: ConversationState['lang']): ConversationState => ({ v: STATE_VERSION, lang, step: 'start', plan: [] });
