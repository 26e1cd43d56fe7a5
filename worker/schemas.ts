/** @module worker/schemas: zod schemas of the HTTP API's parameters and responses; the validators and the OpenAPI document both use them. */
import { z } from 'zod';
import { isOrigin } from './origin.ts';
import { AUDIENCES, DOMAINS, LANGS, REGIONS } from '../knowledge/schema.ts';
import { GuidanceView, NeedSummaryView, NeedView, POSTAL_CODE, ReplyBlock, ServiceView, TurnInput, parseHandoutItem, placeForPostalCode } from '../bot/index.ts';

const oneOf = (name: string, values: readonly string[]) => ({ error: `${name} must be one of ${values.join(', ')}` });

export const lang = z.enum(LANGS, oneOf('lang', LANGS)).optional().meta({ description: 'Answer language; default from Accept-Language, else en.' });
export const region = z.enum(REGIONS, oneOf('region', REGIONS)).optional().meta({ description: 'BE-VLG Flanders, BE-WAL Wallonia, BE-BRU Brussels-Capital.' });
export const postalCode = z
  .string()
  .regex(POSTAL_CODE, { error: 'postalCode must be a Belgian postal code: 4 digits from 1000 to 9999' })
  .refine((code) => placeForPostalCode(code) !== undefined, { error: 'postalCode is not a Belgian postal code' })
  .optional()
  .meta({ description: 'Belgian postal code; mapped to province and region (and the German-speaking Community).', example: '9000' });
export const audience = z.enum(AUDIENCES, oneOf('audience', AUDIENCES)).optional().meta({ description: 'Who needs help: adult, child, aya (15-39), relative.' });
export const limit = z.coerce
  .number({ error: 'limit must be a whole number from 1 to 20' })
  .int({ error: 'limit must be a whole number from 1 to 20' })
  .min(1, { error: 'limit must be at least 1' })
  .max(20, { error: 'limit must be at most 20' })
  .default(5)
  .meta({ description: 'Results per kind, 1 to 20.' });

const place = { region, postalCode };
/** Unknown parameters are refused, so a typo ("regoin") is not silently ignored. */
const strictParams = { error: (i: { code: string; keys?: string[] }) => (i.code === 'unrecognized_keys' ? `unknown parameter(s): ${i.keys?.join(', ')}` : undefined) };
const placeAgrees = (q: { region?: string | undefined; postalCode?: string | undefined }) =>
  !q.region || !q.postalCode || placeForPostalCode(q.postalCode)?.region === q.region;
const placeError = { error: 'region and postalCode point to different regions: give one of them', path: ['postalCode'] };

export const SearchQuery = z
  .strictObject({
    q: z.string({ error: 'q is required: the need in your own words, 1 to 300 characters' }).trim()
      .min(1, { error: 'q is required: the need in your own words, 1 to 300 characters' })
      .max(300, { error: 'q is too long: at most 300 characters' })
      .meta({ description: 'Free text in nl, fr or en.', example: 'patiënt is altijd moe na de chemo' }),
    lang, ...place, audience, limit,
  }, strictParams)
  .refine(placeAgrees, placeError);

export const NeedListQuery = z.strictObject({
  lang,
  domain: z.enum(DOMAINS, oneOf('domain', DOMAINS)).optional().meta({ description: 'Only needs of this domain.' }),
  audience,
}, strictParams);

export const NeedQuery = z.strictObject({ lang, ...place, audience, limit }, strictParams).refine(placeAgrees, placeError);

export const ServiceListQuery = z.strictObject({
  lang, ...place, audience,
  need: z.string().optional().meta({ description: 'Only services that meet this need id, ranked by fit.', example: 'med.pain' }),
}, strictParams).refine(placeAgrees, placeError);

export const LangQuery = z.strictObject({ lang }, strictParams);

const entryId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'id must be lower-case words joined by "-" or "."' });
export const IdParam = z.object({ id: entryId.meta({ example: 'med.pain' }) });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: 'What is wrong and how to fix it.' }),
    instance: z.string().optional(),
    errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const SearchResponse = z
  .object({ needs: z.array(NeedSummaryView), services: z.array(ServiceView), guidance: z.array(GuidanceView) })
  .meta({ id: 'SearchResponse' });
export const NeedListResponse = z.object({ needs: z.array(NeedView) }).meta({ id: 'NeedList' });
export const NeedResponse = z
  .object({ need: NeedView, guidance: z.array(GuidanceView), services: z.array(ServiceView) })
  .meta({ id: 'NeedDetail' });
export const ServiceListResponse = z.object({ services: z.array(ServiceView) }).meta({ id: 'ServiceList' });
export const ServiceResponse = z.object({ service: ServiceView }).meta({ id: 'ServiceDetail' });
export const Health = z.object({ status: z.literal('ok'), knowledge: z.string(), needs: z.number(), services: z.number() }).meta({ id: 'Health' });

export const ChatRequest = z
  .strictObject({
    conversationId: z.string().regex(/^[0-9a-f]{32}$/, { error: 'conversationId must be the 32 hex characters this API returned' }).optional()
      .meta({ description: 'Omit to start a conversation; then send back the id from the response.' }),
    locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: 'locale must be a language tag such as nl-BE, fr or en' })
      .meta({ description: 'The user interface language; nl, fr or en are used, anything else answers in English.', example: 'nl-BE' }),
    input: TurnInput.optional().meta({ description: 'Free text `{ text }`, or a chosen button `{ action, value }` as the reply offered it. Omit to get the greeting.' }),
  }, strictParams)
  .meta({ id: 'ChatRequest' });
export const ChatResponse = z.object({ conversationId: z.string(), replies: z.array(ReplyBlock) }).meta({ id: 'ChatResponse' });

const handoutItem = z
  .string()
  .refine((v) => parseHandoutItem(v) !== undefined, { error: 'item must be a need id, a colon and service ids joined by commas, e.g. med.pain:pain-clinic,kankerinfo' });
export const HandoutQuery = z.strictObject({
  lang: z.enum(LANGS, oneOf('lang', LANGS)).meta({ description: 'The language of the handout (the patient’s).' }),
  item: z
    .union([handoutItem, z.array(handoutItem)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string()).min(1, { error: 'item is required: at least one need with its services' }).max(20, { error: 'at most 20 items' }))
    .meta({ description: 'One per need: `needId:serviceId,serviceId`. The referral plan block gives ready-made links.', example: 'med.fatigue:kankerinfo' }),
}, strictParams);

/** Request bodies larger than this get 413 (on every POST route). */
export const MAX_BODY_BYTES = 64 * 1024;

const needIds = z.array(entryId, { error: 'needIds must be a list of need ids' })
  .min(1, { error: 'needIds must hold 1 to 5 need ids' })
  .max(5, { error: 'needIds must hold 1 to 5 need ids' })
  .meta({ description: 'Need ids (GET /api/v1/needs lists them); services meeting any of them are ranked together.', example: ['med.fatigue'] });
const resultLimit = z.number({ error: 'limit must be a whole number from 1 to 20' })
  .int({ error: 'limit must be a whole number from 1 to 20' })
  .min(1, { error: 'limit must be at least 1' })
  .max(20, { error: 'limit must be at most 20' })
  .default(5)
  .meta({ description: 'Services (and guidance, and needs for text) at most, 1 to 20.' });

export const LookupRequest = z
  .strictObject({
    text: z.string({ error: 'text must be a string' }).trim()
      .min(1, { error: 'text must hold the need in a few words, 1 to 300 characters' })
      .max(300, { error: 'text is too long: at most 300 characters' })
      .optional()
      .meta({ description: 'The need in free text (nl, fr or en); used for the search, never stored. Give text or needIds.', example: 'moe na de chemo' }),
    needIds: needIds.optional(),
    lang: z.enum(LANGS, oneOf('lang', LANGS)).meta({ description: 'Language of the answer and the summary.' }),
    ...place,
    audience,
    limit: resultLimit,
  }, strictParams)
  .refine((b) => (b.text === undefined) !== (b.needIds === undefined), { error: 'give exactly one of text or needIds', path: ['text'] })
  .refine(placeAgrees, placeError)
  .meta({ id: 'LookupRequest', description: 'Exactly one of `text` or `needIds`; at most one of `region` or `postalCode` unless they agree. Unknown fields are refused.' });

export const LookupNeed = NeedView.extend({ score: z.number().optional().meta({ description: 'Search relevance when matched by text.' }) }).meta({ id: 'LookupNeed' });
export const Summary = z
  .object({
    text: z.string().meta({ description: 'Plain text, ready to post.' }),
    markdown: z.string().meta({ description: 'Markdown (no HTML), ready to post in a chat tool.' }),
  })
  .meta({ id: 'Summary', description: 'Red flags first, first steps, then the services; facts to check before referring are marked.' });
export const LookupResponse = z
  .object({ needs: z.array(LookupNeed), guidance: z.array(GuidanceView), services: z.array(ServiceView), summary: Summary })
  .meta({ id: 'LookupResponse' });

/** The widget panel page's parameters (widget.js sets them). */
export const PanelQuery = z.strictObject(
  {
    origin: z.string({ error: 'origin is required: the host page origin (widget.js sets it)' }).refine(isOrigin, { error: 'origin must be a web origin such as https://www.example.be' }),
    lang: z.enum(LANGS).optional(),
    accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'accent must be a colour #rrggbb' }).optional(),
    title: z.string().max(60).optional(),
    mode: z.enum(['float', 'inline']).optional(),
  },
  strictParams,
);
