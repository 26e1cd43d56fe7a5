/** @module worker/openapi: the OpenAPI 3.1 document, generated from the same zod schemas that validate requests (built once per isolate). */
import { z } from 'zod';
import { ChatRequest, ChatResponse, HandoutQuery, PanelQuery, Health, IdParam, LangQuery, LookupRequest, LookupResponse, MAX_BODY_BYTES, NeedListQuery, NeedListResponse, NeedQuery, NeedResponse, Problem, SearchQuery, SearchResponse, ServiceListQuery, ServiceListResponse, ServiceResponse } from './schemas.ts';
import { CONTRACT_EXTRAS, HEADERS, SECURITY_SCHEMES, TAGS, rateLimitHeaders } from './openapi-extras.ts';

interface Operation {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** JSON request body (registered with `.meta({ id })`). */
  body?: z.ZodType;
  response: z.ZodType;
  /** Error statuses besides 400 (every operation with parameters can answer 400). */
  errors?: number[];
  cached?: boolean;
  /** The rate limit policy counting this operation (docs/decisions/005-rate-limits.md). */
  rateLimit?: 'lookup' | 'read' | 'chat';
  /** Needs `Authorization: Bearer <key>`. */
  apiKey?: boolean;
  /** Answers an HTML page rather than JSON (`response` is then unused). */
  html?: boolean;
}

/** The HTTP surface as a table: one row per operation. */
export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/v1/search', operationId: 'search', tag: 'Search', summary: 'Search needs, services and guidance in nl, fr or en',
    description: 'Needs ranked best first with a relevance score; services found by the text or meeting the best need, ranked by relevance and fit (area, audience, language, cost); guidance.',
    query: SearchQuery, response: SearchResponse, cached: true, rateLimit: 'read' },
  { method: 'get', path: '/api/v1/needs', operationId: 'listNeeds', tag: 'Needs', summary: 'All needs of the catalogue', query: NeedListQuery, response: NeedListResponse, cached: true, rateLimit: 'read' },
  { method: 'get', path: '/api/v1/needs/{id}', operationId: 'getNeed', tag: 'Needs', summary: 'One need with its guidance and the services that meet it, ranked by fit',
    description: 'Services not offered in the asked region or postal code are left out; national ones stay. Each service says why it was ranked (`reasons`).',
    params: IdParam, query: NeedQuery, response: NeedResponse, errors: [404], cached: true, rateLimit: 'read' },
  { method: 'get', path: '/api/v1/services', operationId: 'listServices', tag: 'Services', summary: 'Services, optionally for one need, ranked by fit', query: ServiceListQuery, response: ServiceListResponse, errors: [404], cached: true, rateLimit: 'read' },
  { method: 'get', path: '/api/v1/services/{id}', operationId: 'getService', tag: 'Services', summary: 'One service', params: IdParam, query: LangQuery, response: ServiceResponse, errors: [404], cached: true, rateLimit: 'read' },
  { method: 'post', path: '/api/v1/chat', operationId: 'chat', tag: 'Conversation', summary: 'One turn of the referral conversation',
    description: 'Send free text or a chosen button; answers reply blocks (text, choices, multiChoice, needs, redFlag, guidance, services, plan). A chosen button comes back as `input: { action, value }`; a multiChoice sends its chosen values joined by commas. Actions: lang, restart, browse, problems, need, audience, region, patientLang, add, remove, plan, another, context. Free text is used for the search and never stored; the state (structured choices only) expires after 24 hours idle.',
    body: ChatRequest, response: ChatResponse, errors: [413], rateLimit: 'chat' },
  { method: 'post', path: '/api/v1/lookup', operationId: 'lookup', tag: 'Lookup', summary: 'One-shot lookup for other tools: needs, ranked services, guidance and a ready-to-post summary',
    description: `By free text (\`text\`) or by need ids (\`needIds\`), for a language, a region or postal code and an audience. The \`summary\` (plain text and markdown, no HTML) leads with red flags and marks facts to check before referring. Needs an API key; rate limited per key. Bodies over ${MAX_BODY_BYTES / 1024} KB get 413; unknown fields get 400.`,
    body: LookupRequest, response: LookupResponse, errors: [401, 413], rateLimit: 'lookup', apiKey: true },
  { method: 'get', path: '/handout', operationId: 'handout', tag: 'Conversation', summary: 'A print-friendly page of a referral plan, in nl, fr or en',
    description: 'Built from its parameters alone: nothing is stored. The conversation’s `plan` block gives ready-made links (the patient’s language first). Unknown ids answer 404.',
    query: HandoutQuery, response: z.string(), html: true, errors: [404] },
  { method: 'get', path: '/widget/panel', operationId: 'widgetPanel', tag: 'Channels', summary: 'The chat widget’s panel page (widget.js frames it)',
    description: 'Framable only by our own origin and the origins in WIDGET_ALLOWED_ORIGINS (`frame-ancestors` is the given host origin); others get 403.',
    query: PanelQuery, response: z.string(), html: true, errors: [403] },
  { method: 'get', path: '/healthz', operationId: 'health', tag: 'Operations', summary: 'Liveness and the loaded knowledge version', response: Health },
];

type JsonSchema = Record<string, unknown>;
const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, example, $schema: _, ...rest } = toSchema(field as z.ZodType, 'input');
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description !== undefined && { description }),
      ...(example !== undefined && { example }),
      schema: rest,
    };
  });
}

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${(schema.meta() as { id: string }).id}` });
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref(Problem) } } });
const ERROR_TEXT: Record<number, string> = { 400: 'Invalid parameter or field: `detail` names it', 404: 'Unknown id', 401: 'Missing or wrong API key', 413: `Body larger than ${MAX_BODY_BYTES / 1024} KB`, 429: 'Rate limit reached: retry after `Retry-After` seconds' };
const ERROR_HEADERS: Record<number, { headers: JsonSchema }> = {
  401: { headers: { 'WWW-Authenticate': HEADERS['WWW-Authenticate'] } },
  429: { headers: rateLimitHeaders(true) },
};

function operation(op: Operation): JsonSchema {
  const errors = [...(op.query || op.params || op.body ? [400] : []), ...(op.errors ?? []), ...(op.rateLimit ? [429] : [])];
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description && { description: op.description }),
    tags: [op.tag],
    security: op.apiKey ? [{ apiKey: [] }] : [],
    parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
    ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body) } } } }),
    responses: {
      200: {
        description: 'OK',
        ...((op.cached || op.rateLimit) && { headers: { ...(op.cached && { ETag: HEADERS.ETag }), ...(op.rateLimit && rateLimitHeaders(false)) } }),
        content: op.html ? { 'text/html': { schema: { type: 'string' } } } : { 'application/json': { schema: ref(op.response) } },
      },
      ...(op.cached && { 304: { description: 'Not modified (If-None-Match matched the ETag)' } }),
      ...Object.fromEntries(errors.map((s) => [s, { ...problemResponse(ERROR_TEXT[s] ?? 'Error'), ...ERROR_HEADERS[s] }])),
    },
  };
}

let doc: JsonSchema | undefined;

/** The OpenAPI 3.1 document; `serverUrl` is the origin the document was fetched from. */
export function openApiDocument(serverUrl: string): JsonSchema {
  doc ??= (() => {
    const registry = (io: 'input' | 'output') =>
      (z.toJSONSchema(z.globalRegistry, { io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> }).schemas;
    const schemas = registry('output');
    // Request bodies as a client sends them: a field with a default (e.g. `limit`) is optional there.
    const inputs = registry('input');
    for (const op of OPERATIONS) if (op.body) {
      const id = (op.body.meta() as { id: string }).id;
      schemas[id] = inputs[id]!;
    }
    for (const s of Object.values(schemas)) delete s.$schema;
    const paths: Record<string, Record<string, JsonSchema>> = {};
    for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
    return {
      openapi: '3.1.0',
      info: {
        title: 'Supportive Care Referral Assistant API',
        version: '1.0.0',
        description: 'Find supportive care in Belgium for (haemato-)oncology patients and their relatives, by need. Content in nl, fr and en; every service cites its source and the date it was last checked; facts marked `checkBeforeReferring` must be confirmed first. Errors are application/problem+json (RFC 9457).',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      tags: TAGS,
      paths: { ...paths, ...CONTRACT_EXTRAS },
      components: { schemas, securitySchemes: SECURITY_SCHEMES },
    };
  })();
  return { ...doc, servers: [{ url: serverUrl }] };
}
