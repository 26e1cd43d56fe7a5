/** @module worker/openapi-extras: the parts of the OpenAPI document that are not zod schemas: response headers, the security scheme, tags, and the document's own routes. */
type JsonSchema = Record<string, unknown>;

const DRAFT = 'draft-ietf-httpapi-ratelimit-headers-10';
const stringHeader = (description: string, example?: string) => ({ description, schema: { type: 'string', ...(example && { examples: [example] }) } });

export const HEADERS = {
  ETag: stringHeader('Weak ETag from the knowledge version and language.'),
  'RateLimit-Policy': stringHeader(`The quota policy (${DRAFT}): name, quota \`q\` and window \`w\` in seconds.`, '"read";q=300;w=60'),
  RateLimit: stringHeader(`What is left (${DRAFT}): policy name, remaining requests \`r\` and seconds \`t\` until the window resets.`, '"read";r=299;t=60'),
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
  'WWW-Authenticate': stringHeader('The Bearer challenge (RFC 6750); `error="invalid_token"` for a wrong key.', 'Bearer realm="lookup", error="invalid_token"'),
} as const;

/** The rate limit headers on a response; a 429 also says when to retry. */
export const rateLimitHeaders = (refused: boolean): JsonSchema => ({
  'RateLimit-Policy': HEADERS['RateLimit-Policy'],
  RateLimit: HEADERS.RateLimit,
  ...(refused && { 'Retry-After': HEADERS['Retry-After'] }),
});

export const SECURITY_SCHEMES = {
  botFramework: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Bot Framework token signed by Microsoft (keys from its OpenID metadata), audience = our app id, endorsed for msteams; only Microsoft sends these.',
  },
  teamsWebhook: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: '`HMAC <base64 HMAC-SHA256 of the raw body>` with the outgoing webhook\'s security token (TEAMS_WEBHOOK_SECRET).',
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key from the maintainers, sent as `Authorization: Bearer <key>`. Only its SHA-256 hash is configured on the server.',
  },
};

export const TAGS = [
  { name: 'Search', description: 'Free-text search across needs, services and guidance.' },
  { name: 'Needs', description: 'The needs catalogue (BeONCOsup), each with guidance and services ranked by fit.' },
  { name: 'Services', description: 'Supportive care services in Belgium.' },
  { name: 'Lookup', description: 'One-shot lookups for other tools (intranets, EHR side panels, chat tools), with an API key.' },
  { name: 'Conversation', description: 'The referral conversation, one turn at a time.' },
  { name: 'Channels', description: 'Endpoints that Microsoft Teams and the chat widget call; not for integrators.' },
  { name: 'Operations', description: 'Health and the contract itself.' },
];

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

/** The routes that serve the contract (hand-written: their responses are documents, not API shapes). */
export const CONTRACT_EXTRAS: Record<string, JsonSchema> = {
  '/api/v1/openapi.json': {
    get: {
      operationId: 'openapi',
      summary: 'This OpenAPI 3.1 document',
      tags: ['Operations'],
      security: [],
      responses: {
        200: { description: 'The document', headers: rateLimitHeaders(false), content: { 'application/json': { schema: { type: 'object' } } } },
        429: { ...problem('Rate limit reached: retry after `Retry-After` seconds'), headers: rateLimitHeaders(true) },
      },
    },
  },
  '/api/docs': {
    get: {
      operationId: 'docs',
      summary: 'The API reference as a readable page, rendered from this document',
      tags: ['Operations'],
      security: [],
      responses: {
        200: { description: 'An HTML page', headers: rateLimitHeaders(false), content: { 'text/html': { schema: { type: 'string' } } } },
        429: { ...problem('Rate limit reached: retry after `Retry-After` seconds'), headers: rateLimitHeaders(true) },
      },
    },
  },
  '/api/messages': {
    post: {
      operationId: 'teamsMessages',
      summary: 'The Microsoft Teams bot: Bot Framework activities (messages, card actions, the search message extension)',
      description: 'Answers through the Bot Connector (or, for invokes, in the response). Every request must carry a valid Bot Framework token; anything else gets 401 and nothing is processed. Retries of one activity id are answered once.',
      tags: ['Channels'],
      security: [{ botFramework: [] }],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'A Bot Framework activity (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).' } } } },
      responses: {
        200: { description: 'Handled (invokes carry their answer)', content: { 'application/json': { schema: { type: 'object' } } } },
        400: problem('The activity is not valid'),
        401: problem('No, or an invalid, Bot Framework token'),
        403: problem('The Microsoft 365 tenant is not allowed'),
        413: problem('Body larger than 256 KB'),
      },
    },
  },
  '/api/teams/webhook': {
    post: {
      operationId: 'teamsWebhook',
      summary: 'The Teams outgoing webhook: a channel @mention answered with a one-shot lookup',
      tags: ['Channels'],
      security: [{ teamsWebhook: [] }],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'The message activity Teams posts.' } } } },
      responses: {
        200: { description: 'A message activity to show in the channel', content: { 'application/json': { schema: { type: 'object' } } } },
        400: problem('The body is not JSON'),
        401: problem('The HMAC signature is missing or does not match'),
        413: problem('Body larger than 256 KB'),
      },
    },
  },
};
