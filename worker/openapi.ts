/** @module worker/openapi: the OpenAPI 3.1 document, generated from the same zod schemas that validate requests (built once per isolate). */
import { z } from 'zod';
import { ChatRequest, ChatResponse, Health, IdParam, LangQuery, NeedListQuery, NeedListResponse, NeedQuery, NeedResponse, Problem, SearchQuery, SearchResponse, ServiceListQuery, ServiceListResponse, ServiceResponse } from './schemas.ts';

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
}

/** The HTTP surface as a table: one row per operation. */
export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/v1/search', operationId: 'search', tag: 'Search', summary: 'Search needs, services and guidance in nl, fr or en',
    description: 'Needs ranked best first with a relevance score; services found by the text or meeting the best need, ranked by relevance and fit (area, audience, language, cost); guidance.',
    query: SearchQuery, response: SearchResponse, cached: true },
  { method: 'get', path: '/api/v1/needs', operationId: 'listNeeds', tag: 'Needs', summary: 'All needs of the catalogue', query: NeedListQuery, response: NeedListResponse, cached: true },
  { method: 'get', path: '/api/v1/needs/{id}', operationId: 'getNeed', tag: 'Needs', summary: 'One need with its guidance and the services that meet it, ranked by fit',
    description: 'Services not offered in the asked region or postal code are left out; national ones stay. Each service says why it was ranked (`reasons`).',
    params: IdParam, query: NeedQuery, response: NeedResponse, errors: [404], cached: true },
  { method: 'get', path: '/api/v1/services', operationId: 'listServices', tag: 'Services', summary: 'Services, optionally for one need, ranked by fit', query: ServiceListQuery, response: ServiceListResponse, errors: [404], cached: true },
  { method: 'get', path: '/api/v1/services/{id}', operationId: 'getService', tag: 'Services', summary: 'One service', params: IdParam, query: LangQuery, response: ServiceResponse, errors: [404], cached: true },
  { method: 'post', path: '/api/v1/chat', operationId: 'chat', tag: 'Conversation', summary: 'One turn of the referral conversation',
    description: 'Send free text or a chosen button; answers reply blocks (text, choices, multiChoice, needs, redFlag, guidance, services, plan). A chosen button comes back as `input: { action, value }`; a multiChoice sends its chosen values joined by commas. Actions: lang, restart, browse, problems, need, audience, region, patientLang, add, remove, plan, another, context. Free text is used for the search and never stored; the state (structured choices only) expires after 24 hours idle.',
    body: ChatRequest, response: ChatResponse },
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
const ERROR_TEXT: Record<number, string> = { 400: 'Invalid parameter: `detail` names it', 404: 'Unknown id', 401: 'Missing or wrong API key', 413: 'Body too large', 429: 'Rate limit reached' };

function operation(op: Operation): JsonSchema {
  const errors = [...(op.query || op.params || op.body ? [400] : []), ...(op.errors ?? [])];
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description && { description: op.description }),
    tags: [op.tag],
    parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
    ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body) } } } }),
    responses: {
      200: {
        description: 'OK',
        ...(op.cached && { headers: { ETag: { description: 'Weak ETag from the knowledge version and language', schema: { type: 'string' } } } }),
        content: { 'application/json': { schema: ref(op.response) } },
      },
      ...(op.cached && { 304: { description: 'Not modified (If-None-Match matched the ETag)' } }),
      ...Object.fromEntries(errors.map((s) => [s, problemResponse(ERROR_TEXT[s] ?? 'Error')])),
    },
  };
}

let doc: JsonSchema | undefined;

/** The OpenAPI 3.1 document; `serverUrl` is the origin the document was fetched from. */
export function openApiDocument(serverUrl: string): JsonSchema {
  doc ??= (() => {
    const { schemas } = z.toJSONSchema(z.globalRegistry, { io: 'output', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
    for (const s of Object.values(schemas)) delete s.$schema;
    const paths: Record<string, Record<string, JsonSchema>> = {};
    for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
    return {
      openapi: '3.1.0',
      info: {
        title: 'Supportive Care Referral Assistant API',
        version: '1.0.0',
        description: 'Find supportive care in Belgium for (haemato-)oncology patients and their relatives, by need. Content in nl, fr and en; every service cites its source and the date it was last checked; facts marked `checkBeforeReferring` must be confirmed first. Errors are application/problem+json (RFC 9457).',
        license: { name: 'Proprietary' },
      },
      tags: [{ name: 'Search' }, { name: 'Needs' }, { name: 'Services' }, { name: 'Conversation' }, { name: 'Operations' }],
      paths,
      components: { schemas },
    };
  })();
  return { ...doc, servers: [{ url: serverUrl }] };
}
