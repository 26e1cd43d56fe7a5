/**
 * @module bot/state: what a conversation remembers between turns: structured choices only (never free
 * text), with a version so stored state from an older engine is recognised.
 */
import { z } from 'zod';
import { AUDIENCES, LANGS, REGIONS } from '../knowledge/schema.ts';

export const STATE_VERSION = 1;

/** Languages a patient may speak that services list (the three UI languages and German). */
export const PATIENT_LANGS = [...LANGS, 'de'] as const;

const id = z.string().max(60);

export const ConversationState = z.strictObject({
  v: z.literal(STATE_VERSION),
  lang: z.enum(LANGS),
  /** What the engine is waiting for. */
  step: z.enum(['start', 'need', 'browse', 'problems', 'audience', 'region', 'patientLang', 'answered']),
  needId: id.optional(),
  audience: z.enum(AUDIENCES).optional(),
  region: z.enum(REGIONS).optional(),
  postalCode: z.string().regex(/^[1-9][0-9]{3}$/).optional(),
  patientLang: z.enum(PATIENT_LANGS).optional(),
  /** Needs chosen on the problem list, still to be answered. */
  queue: z.array(id).max(20).default([]),
  plan: z.array(z.strictObject({ needId: id, serviceIds: z.array(id).max(10) })).max(20).default([]),
});
export type ConversationState = z.infer<typeof ConversationState>;
export type PatientLang = (typeof PATIENT_LANGS)[number];

export const initialState = (lang: ConversationState['lang']): ConversationState => ({ v: STATE_VERSION, lang, step: 'start', queue: [], plan: [] });
