/**
 * @module bot/views: the localized shapes every channel shows (and the API returns), as zod schemas so
 * the OpenAPI document and the types come from one place.
 */
import { z } from 'zod';
import { AREA_SCOPES, AUDIENCES, COST_KINDS, DOMAINS, LANGS, PHASES, PROVINCES, REFERRAL_ROUTES, REGIONS } from '../knowledge/schema.ts';

export const CheckView = z.object({
  field: z.string().meta({ description: 'The field whose fact is unconfirmed, old or conflicting.' }),
  note: z.string(),
  source: z.string().optional(),
}).meta({ id: 'Check' });

export const NeedSummaryView = z.object({
  id: z.string().meta({ example: 'med.fatigue' }),
  domain: z.enum(DOMAINS),
  title: z.string(),
  score: z.number().optional().meta({ description: 'Search relevance; higher is better. Only in search results.' }),
}).meta({ id: 'NeedSummary' });

export const NeedView = z.object({
  id: z.string(),
  domain: z.enum(DOMAINS),
  title: z.string(),
  summary: z.string(),
  synonyms: z.array(z.string()),
  audiences: z.array(z.enum(AUDIENCES)),
  phases: z.array(z.enum(PHASES)),
  redFlag: z.object({ signs: z.string(), action: z.string() }).optional(),
  related: z.array(z.object({ id: z.string(), title: z.string() })),
}).meta({ id: 'Need' });

export const ReasonView = z.object({ code: z.string(), text: z.string() }).meta({ id: 'Reason' });

export const ServiceView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  organization: z.object({ id: z.string(), name: z.string(), url: z.string().optional() }),
  needs: z.array(z.string()),
  audiences: z.array(z.enum(AUDIENCES)),
  area: z.object({
    scope: z.enum(AREA_SCOPES),
    regions: z.array(z.enum(REGIONS)).optional(),
    provinces: z.array(z.enum(PROVINCES)).optional(),
    inYourHospital: z.boolean().optional(),
  }),
  languages: z.array(z.string()),
  cost: z.object({
    kind: z.enum(COST_KINDS),
    amount: z.number().optional().meta({ description: 'Euro the person pays.' }),
    year: z.number().int().optional().meta({ description: 'The year the amount or rule applies to.' }),
    note: z.string().optional(),
  }),
  referral: z.object({ routes: z.array(z.enum(REFERRAL_ROUTES)), how: z.string() }),
  contact: z.object({ phone: z.string().optional(), url: z.string().optional(), email: z.string().optional() }),
  source: z.object({ url: z.string(), checked: z.iso.date() }),
  checks: z.array(CheckView).meta({ description: 'Facts to check before referring; shown with their source.' }),
  checkBeforeReferring: z.boolean(),
  score: z.number().optional().meta({ description: 'Search relevance (search results only).' }),
  fit: z.number().optional().meta({ description: 'Fit for the asked need and context; services are sorted by it.' }),
  reasons: z.array(ReasonView).optional().meta({ description: 'Why the service was ranked where it is.' }),
}).meta({ id: 'Service' });

export const GuidanceView = z.object({
  id: z.string(),
  title: z.string(),
  needs: z.array(z.string()),
  firstSteps: z.string(),
  rules: z.string().optional(),
  tellPatient: z.string(),
  redFlags: z.string().optional(),
  sources: z.array(z.object({ url: z.string(), title: z.string() })),
  reviewed: z.iso.date(),
  checks: z.array(CheckView),
  checkBeforeReferring: z.boolean(),
  score: z.number().optional(),
}).meta({ id: 'Guidance' });

export const LangSchema = z.enum(LANGS);

export type NeedSummaryView = z.infer<typeof NeedSummaryView>;
export type NeedView = z.infer<typeof NeedView>;
export type ServiceView = z.infer<typeof ServiceView>;
export type GuidanceView = z.infer<typeof GuidanceView>;
