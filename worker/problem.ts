/** @module worker/problem: the one error path: RFC 9457 problem+json responses, thrown as HTTPException and rendered by onError. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** One entry per invalid parameter or field. */
  errors?: { name: string; reason: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  501: 'Not implemented',
  502: 'Bad gateway',
};

/** Builds the exception to throw for an expected failure; the headers (e.g. Retry-After) go on the response. */
export function problem(status: ContentfulStatusCode, detail: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): HTTPException {
  const body: Problem = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
  return new HTTPException(status, {
    res: new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } }),
  });
}

/** onError: expected failures keep their problem response; anything else becomes a 500 without internals. */
export function renderError(err: Error, c: Context): Response {
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    if (res.headers.get('content-type')?.startsWith('application/problem+json')) return res;
    return problem(err.status as ContentfulStatusCode, err.message || TITLES[err.status] || 'Request failed').getResponse();
  }
  // Log the error's name and message only: request data (which may hold user text) is never logged.
  console.error(`worker: unhandled ${err.name}: ${err.message}`);
  return problem(500, 'Something went wrong on our side. Try again; if it persists, tell the maintainers.', { instance: c.req.path }).getResponse();
}
