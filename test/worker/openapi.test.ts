import { describe, expect, it } from 'vitest';
import { get } from './helpers.ts';

interface Doc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string; required: boolean; schema: object }[]; responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>;
  components: { schemas: Record<string, object> };
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route, with the origin as server', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json<Doc>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://assistant.example' }]);
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/chat', '/api/v1/needs', '/api/v1/needs/{id}', '/api/v1/search', '/api/v1/services', '/api/v1/services/{id}', '/healthz']);
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
});
