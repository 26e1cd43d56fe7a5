import { describe, expect, it } from 'vitest';
import { get } from './helpers.ts';

interface Doc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { operationId: string; security: object[]; parameters: { name: string; in: string; required: boolean; schema: object }[]; responses: Record<string, { headers?: Record<string, object>; content?: Record<string, { schema: { $ref: string } }> }> }>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, object> };
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route, with the origin as server', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json<Doc>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://assistant.example' }]);
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/docs', '/api/messages', '/api/teams/webhook', '/api/v1/chat', '/api/v1/lookup', '/api/v1/needs', '/api/v1/needs/{id}', '/api/v1/openapi.json', '/api/v1/search', '/api/v1/services', '/api/v1/services/{id}', '/handout', '/healthz', '/widget/panel']);
    expect(doc.components.schemas).toHaveProperty('ReplyBlock');
    expect(doc.components.schemas).toHaveProperty('ChatRequest');
  });

  it('describes the parameters the validators accept, with q required on search', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json<Doc>();
    const search = doc.paths['/api/v1/search']!.get!;
    expect(search.parameters.map((p) => `${p.name}:${p.required}`).sort()).toEqual(
      ['audience:false', 'lang:false', 'limit:false', 'postalCode:false', 'q:true', 'region:false'],
    );
    expect(search.parameters.find((p) => p.name === 'region')!.schema).toMatchObject({ enum: ['BE-VLG', 'BE-WAL', 'BE-BRU'] });
    expect(search.parameters.find((p) => p.name === 'limit')!.schema).toMatchObject({ minimum: 1, maximum: 20, default: 5 });
    const need = doc.paths['/api/v1/needs/{id}']!.get!;
    expect(need.parameters.find((p) => p.in === 'path')).toMatchObject({ name: 'id', required: true });
  });

  it('references only schemas it defines, and errors are problem+json', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json<Doc>();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(doc.components.schemas).toHaveProperty(ref);
    for (const [path, ops] of Object.entries(doc.paths))
      for (const op of Object.values(ops))
        for (const [status, response] of Object.entries(op.responses))
          if (Number(status) >= 400) expect(`${path} ${status} ${Object.keys(response.content ?? {})}`).toBe(`${path} ${status} application/problem+json`);
  });

  it('describes the lookup: bearer key on it alone, 401/413/429 with their headers, the request and response schemas', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json<Doc>();
    expect(doc.components.securitySchemes['apiKey']).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    // the key is for the lookup alone; the Teams endpoints carry Microsoft's own schemes
    const secured = Object.entries(doc.paths).flatMap(([path, ops]) => Object.values(ops).filter((op) => op.security?.length).map((op) => [path, op.security] as const));
    expect(Object.fromEntries(secured)).toEqual({ '/api/v1/lookup': [{ apiKey: [] }], '/api/messages': [{ botFramework: [] }], '/api/teams/webhook': [{ teamsWebhook: [] }] });
    const lookup = doc.paths['/api/v1/lookup']!.post!;
    expect(lookup.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(lookup.responses).sort()).toEqual(['200', '400', '401', '413', '429']);
    expect(Object.keys(lookup.responses['429']!.headers!).sort()).toEqual(['RateLimit', 'RateLimit-Policy', 'Retry-After']);
    expect(lookup.responses['401']!.headers).toHaveProperty('WWW-Authenticate');
    expect(lookup.responses['200']!.content!['application/json']!.schema.$ref).toBe('#/components/schemas/LookupResponse');
    expect(doc.components.schemas).toHaveProperty('LookupRequest');
    expect(doc.components.schemas['LookupRequest']).toMatchObject({ additionalProperties: false, required: ['lang'] });
    expect(Object.keys(doc.paths['/api/v1/search']!.get!.responses)).toContain('429');
    expect(Object.keys(doc.paths['/api/v1/chat']!.post!.responses)).toEqual(expect.arrayContaining(['413', '429']));
  });
});

describe('GET /api/docs', () => {
  it('renders the reference from the document as a page that loads nothing from elsewhere', async () => {
    const res = await get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    const doc = await (await get('/api/v1/openapi.json')).json<Doc>();
    for (const [path, ops] of Object.entries(doc.paths)) for (const op of Object.values(ops)) expect(html).toContain(`id="op-${op.operationId}"`);
    for (const name of Object.keys(doc.components.schemas)) expect(html).toContain(`id="schema-${name}"`);
    expect(html).toMatch(/<code>\/api\/v1\/lookup<\/code> <span class="key">API key<\/span>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    expect(html).not.toMatch(/https?:\/\/(?!assistant\.example)[^\s"<]*\.(js|css)\b/);
  });
});
