/** Helpers for worker tests: requests through the real worker (SELF.fetch in workerd) and problem+json assertions. */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';

export const ORIGIN = 'https://assistant.example';

export const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${ORIGIN}${path}`, { headers });

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { name: string; reason: string }[];
}

/** Asserts an RFC 9457 response with the status and a detail that matches; returns the body. */
export async function expectProblem(res: Response, status: number, detail: RegExp): Promise<ProblemBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await res.json<ProblemBody>();
  expect(body.status).toBe(status);
  expect(body.detail).toMatch(detail);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return body;
}
