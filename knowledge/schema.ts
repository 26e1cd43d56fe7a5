/** @module knowledge/schema: the one source of knowledge entry types (Need, Service, Guidance, Organization), validated with zod. */
import { z } from 'zod';

/** Languages the knowledge base is written in; `de` is optional (titles where available). */
export const LANGS = ['nl', 'fr', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const DOMAINS = ['medical', 'psychosocial', 'socioprofessional', 'social'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

export const AUDIENCES = ['adult', 'child', 'aya', 'relative'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export const PHASES = ['diagnosis', 'treatment', 'after-treatment', 'palliative', 'bereavement'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const REGIONS = ['BE-VLG', 'BE-WAL', 'BE-BRU'] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

/** ISO 3166-2:BE provinces (Brussels-Capital has none). */
export const PROVINCES = [
  'BE-VAN', 'BE-VLI', 'BE-VOV', 'BE-VBR', 'BE-VWV',
  'BE-WBR', 'BE-WHT', 'BE-WLG', 'BE-WLX', 'BE-WNA',
] as const;
export const Province = z.enum(PROVINCES);
export type Province = z.infer<typeof Province>;

/** Languages a service is offered in (ISO 639-1). */
export const ServiceLanguage = z.enum(['nl', 'fr', 'de', 'en']);

const text = z.string().trim().min(1);
/** A text in nl, fr and en (de optional). */
export const L10n = z.strictObject({ nl: text, fr: text, en: text, de: text.optional() });
export type L10n = z.infer<typeof L10n>;

const isoDate = z.iso.date();
const httpsUrl = z.url({ protocol: /^https?$/ });
const phone = z.string().regex(/^\+?[0-9][0-9 ./-]{1,18}[0-9]$/, 'a phone number such as "0800 15 802" or "1813"');
const id = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case words joined by "-" or "."');

/** A public source for the facts in an entry, with the date someone last checked it. */
export const Source = z.strictObject({ url: httpsUrl, checked: isoDate });
export type Source = z.infer<typeof Source>;

/**
 * A fact the dossier marks unconfirmed or conflicting. Every channel shows it as
 * "check before referring", with the source, and never states it silently as true.
 */
export const Check = z.strictObject({
  field: z.string().min(1),
  note: L10n,
  source: httpsUrl.optional(),
});
export type Check = z.infer<typeof Check>;

export const RedFlag = z.strictObject({
  /** When the need is urgent. */
  signs: L10n,
  /** What to do now and whom to call. */
  action: L10n,
});
export type RedFlag = z.infer<typeof RedFlag>;

const synonymList = z.array(text).min(8, 'at least 8 synonyms per language');

export const Need = z.strictObject({
  id,
  domain: Domain,
  title: L10n,
  summary: L10n,
  synonyms: z.strictObject({ nl: synonymList, fr: synonymList, en: synonymList }),
  audiences: z.array(Audience).min(1),
  phases: z.array(Phase).min(1),
  redFlag: RedFlag.optional(),
  related: z.array(id).optional(),
});
export type Need = z.infer<typeof Need>;

export const Organization = z.strictObject({
  id,
  name: z.union([text, L10n]),
  url: httpsUrl.optional(),
  phone: phone.optional(),
  email: z.email().optional(),
  source: Source,
});
export type Organization = z.infer<typeof Organization>;

export const AREA_SCOPES = ['national', 'regional', 'provincial', 'german-speaking'] as const;
/** Where a service is offered (HSDS service_area). */
export const Area = z
  .strictObject({
    scope: z.enum(AREA_SCOPES),
    regions: z.array(Region).optional(),
    provinces: z.array(Province).optional(),
    /** A generic hospital-based role, offered "in your hospital". */
    inYourHospital: z.boolean().optional(),
  })
  .superRefine((area, ctx) => {
    if (area.scope === 'regional' && !area.regions?.length)
      ctx.addIssue({ code: 'custom', path: ['regions'], message: 'a regional service lists its regions' });
    if (area.scope === 'provincial' && !area.provinces?.length)
      ctx.addIssue({ code: 'custom', path: ['provinces'], message: 'a provincial service lists its provinces' });
  });
export type Area = z.infer<typeof Area>;

export const COST_KINDS = ['free', 'reimbursed', 'copay', 'paid', 'included', 'varies'] as const;
export const Cost = z
  .strictObject({
    kind: z.enum(COST_KINDS),
    /** Amount in euro that the person pays (co-payment or price). */
    amount: z.number().nonnegative().optional(),
    /** The year the amount or rule applies to. */
    year: z.number().int().min(2000).max(2100).optional(),
    note: L10n.optional(),
  })
  .superRefine((cost, ctx) => {
    if (cost.amount !== undefined && cost.year === undefined)
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'an amount says the year it applies to' });
  });
export type Cost = z.infer<typeof Cost>;

export const REFERRAL_ROUTES = ['self', 'gp', 'hospital-team', 'prescription', 'insurer-adviser', 'social-worker'] as const;
export const Referral = z.strictObject({
  routes: z.array(z.enum(REFERRAL_ROUTES)).min(1),
  how: L10n,
});

export const Contact = z.strictObject({
  phone: phone.optional(),
  url: httpsUrl.optional(),
  email: z.email().optional(),
});

export const Service = z.strictObject({
  id,
  organization: id,
  name: L10n,
  description: L10n,
  needs: z.array(id).min(1, 'a service meets at least one need'),
  audiences: z.array(Audience).min(1),
  area: Area,
  languages: z.array(ServiceLanguage).min(1),
  cost: Cost,
  referral: Referral,
  contact: Contact,
  source: Source,
  checks: z.array(Check).optional(),
});
export type Service = z.infer<typeof Service>;

export const Guidance = z.strictObject({
  id,
  needs: z.array(id).min(1),
  title: L10n,
  /** What to check first; stepped care. */
  firstSteps: L10n,
  /** Eligibility and reimbursement rules, with amounts and the year they apply to. */
  rules: L10n.optional(),
  /** What to tell the patient or relative. */
  tellPatient: L10n,
  /** Warning signs that make the need urgent. */
  redFlags: L10n.optional(),
  sources: z.array(z.strictObject({ url: httpsUrl, title: text })).min(1),
  reviewed: isoDate,
  checks: z.array(Check).optional(),
});
export type Guidance = z.infer<typeof Guidance>;

/** The entry kinds, keyed by their folder under knowledge/. */
export const ENTRY_SCHEMAS = {
  needs: Need,
  organizations: Organization,
  services: Service,
  guidance: Guidance,
} as const;
export type EntryFolder = keyof typeof ENTRY_SCHEMAS;
