/**
 * @module test/browser/host: a society's site on another origin (http://localhost:PORT while the worker
 * is http://127.0.0.1:PORT), served by node:http with a strict CSP that adds exactly the directives the
 * embed docs ask for. Pages: /plain, /aggressive (hostile global CSS), /twice (two tags), /inline, /light
 * (a light accent colour). Extra routes can be added per test.
 */
import { createServer, type Server } from 'node:http';

export interface Host {
  origin: string;
  /** Serves `body` at `path` with `type`. */
  route(path: string, type: string, body: string | Buffer): void;
  close(): Promise<void>;
}

const AGGRESSIVE_CSS = `
*, *::before, *::after { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; line-height: 3 !important; letter-spacing: 2px !important; box-sizing: content-box !important; transition: all 5s !important; }
html, body { background: #ff0 !important; font-size: 30px !important; }
button { all: unset !important; background: lime !important; padding: 40px !important; border: 10px dashed red !important; display: block !important; }
iframe { width: 10px !important; height: 10px !important; border: 20px solid red !important; display: inline !important; }
div, span, svg { position: static !important; display: inline !important; margin: 30px !important; }
[class], [id] { transform: rotate(3deg) !important; }
scra-widget { display: none !important; opacity: .1 !important; }
`;

const page = (worker: string, attrs: string, extra = '') => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${extra}
<script src="${worker}/widget.js" async ${attrs}></script></head>
<body><h1>Vereniging</h1><p>Host page text.</p><div id="chat-here"></div></body></html>`;

/** Starts the host; `csp` is the header every page gets (a host's strict policy plus our two directives). */
export async function startHost(port: number, worker: string): Promise<Host> {
  const routes = new Map<string, { type: string; body: string | Buffer }>();
  const html = 'text/html; charset=utf-8';
  const route = (path: string, type: string, body: string | Buffer) => void routes.set(path, { type, body });
  route('/plain', html, page(worker, 'data-lang="en"'));
  route('/aggressive.css', 'text/css', AGGRESSIVE_CSS);
  route('/aggressive', html, page(worker, 'data-lang="en"', '<link rel="stylesheet" href="/aggressive.css">'));
  route('/twice', html, page(worker, 'data-lang="en"', `<script src="${worker}/widget.js" async data-lang="fr"></script>`));
  route('/inline', html, page(worker, 'data-lang="fr" data-container="#chat-here"'));
  route('/light', html, page(worker, 'data-lang="en" data-accent="#ffeb3b" data-position="left"'));
  route('/pagelang', html, page(worker, ''));
  const csp = `default-src 'none'; style-src 'self'; script-src ${worker}; frame-src ${worker}; base-uri 'none'; form-action 'none'`;
  const server: Server = createServer((req, res) => {
    const found = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': found.type, 'content-security-policy': csp }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return { origin: `http://localhost:${port}`, route, close: () => new Promise((r) => server.close(() => r())) };
}
