/**
 * @module worker/docs: GET /api/docs, the API reference as one readable HTML page rendered on the server from
 * the OpenAPI document (no script, nothing loaded from elsewhere; every text is escaped).
 */
type Json = Record<string, unknown>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
/** Inline code spans from the document's descriptions, after escaping. */
const prose = (value: unknown) => esc(value).replace(/`([^`]+)`/g, '<code>$1</code>');
const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A schema in a few words: a link for a reference, the values of an enum, the item type of an array. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#${anchor(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${esc(v)}</code>`).join(' | ');
  if ('const' in schema) return `<code>${esc(schema.const)}</code>`;
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) return union.map(typeOf).join(' | ');
  if (schema.type === 'array') return `array of ${typeOf(schema.items as Json)}`;
  const bounds = [schema.minimum !== undefined && `≥ ${schema.minimum}`, schema.maximum !== undefined && `≤ ${schema.maximum}`, schema.default !== undefined && `default ${JSON.stringify(schema.default)}`].filter(Boolean);
  return `${esc(schema.type ?? 'any')}${bounds.length ? ` <small>(${esc(bounds.join(', '))})</small>` : ''}`;
}

const table = (head: string[], rows: string[][]) =>
  rows.length ? `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>` : '';

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const secured = Array.isArray(op.security) && op.security.length > 0;
  return `<section id="op-${esc(op.operationId)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${secured ? ' <span class="key">API key</span>' : ''}</h3>
<p>${prose(op.summary)}</p>${op.description ? `<p>${prose(op.description)}</p>` : ''}
${table(['parameter', 'in', 'type', 'required', 'description'], params.map((p) => [`<code>${esc(p.name)}</code>`, esc(p.in), typeOf(p.schema as Json), p.required ? 'yes' : '', prose(p.description)]))}
${body ? `<p>Request body (${Object.keys(body).map(esc).join(', ')}): ${Object.values(body).map((m) => typeOf(m.schema as Json)).join(', ')}</p>` : ''}
${table(['status', 'description', 'headers', 'body'], responses.map(([status, r]) => [
    esc(status), prose(r.description), Object.keys((r.headers as Json) ?? {}).map((h) => `<code>${esc(h)}</code>`).join(' '),
    Object.entries((r.content as Record<string, Json>) ?? {}).map(([type, m]) => `${esc(type)}: ${typeOf(m.schema as Json)}`).join('<br>'),
  ]))}
</section>`;
}

function schemaSection(name: string, schema: Json): string {
  const props = Object.entries((schema.properties as Record<string, Json>) ?? {});
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return `<section id="${anchor(name)}"><h3>${esc(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ''}
${props.length ? table(['field', 'type', 'required', 'description'], props.map(([k, v]) => [`<code>${esc(k)}</code>`, typeOf(v), required.has(k) ? 'yes' : '', prose(v.description)])) : `<p>${typeOf(schema)}</p>`}</section>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f3f7}code{background:#f2f3f7;padding:0 .2rem;border-radius:3px}section{border-top:1px solid #dde;padding-top:.5rem}
.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:4px;color:#fff;padding:0 .4rem}.get{background:#1d6f42}.post{background:#1f4f99}
.key{font-size:.8em;background:#fde8c4;border-radius:4px;padding:0 .4rem}nav li{margin:.1rem 0}`;

/** The page for an OpenAPI 3.1 document. */
export function renderDocs(doc: Json): string {
  const info = doc.info as Json;
  const paths = Object.entries(doc.paths as Record<string, Record<string, Json>>);
  const ops = paths.flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const schemes = Object.entries(((doc.components as Json).securitySchemes as Record<string, Json>) ?? {});
  const schemas = Object.entries(((doc.components as Json).schemas as Record<string, Json>) ?? {});
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)}: API reference</title><style>${STYLE}</style></head><body>
<h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${prose(info.description)}</p>
<p>Machine-readable contract: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
<h2>Authentication</h2>${schemes.map(([name, s]) => `<p><strong>${esc(name)}</strong> (${esc(s.type)} ${esc(s.scheme)}): ${prose(s.description)}</p>`).join('')}
<nav><h2>Operations</h2><ul>${ops.map(({ path, method, op }) => `<li><a href="#op-${esc(op.operationId)}">${esc(method.toUpperCase())} ${esc(path)}</a>: ${prose(op.summary)}</li>`).join('')}</ul></nav>
${ops.map(({ path, method, op }) => operation(path, method, op)).join('\n')}
<h2>Schemas</h2>${schemas.map(([name, s]) => schemaSection(name, s)).join('\n')}
</body></html>`;
}

let page: string | undefined;

/** The reference page, rendered once per isolate (the document does not change while it runs). */
export const docsPage = (doc: () => Json): string => (page ??= renderDocs(doc()));
