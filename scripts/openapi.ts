/**
 * @module scripts/openapi: writes the OpenAPI document the worker serves to a file (default
 * test/output/openapi.json), for `npm run openapi:lint` and the generated-client types.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from '../worker/openapi.ts';

const out = process.argv[2] ?? 'test/output/openapi.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(openApiDocument('http://localhost:8787'), null, 2)}\n`);
console.log(`scripts/openapi: wrote ${out}`);
