/** @module worker/validate: zod validation at the boundary; a failure becomes a 400 problem+json naming every bad parameter. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { problem } from './problem.ts';

const WHERE: Partial<Record<keyof ValidationTargets, string>> = { query: 'query parameter', param: 'path parameter', json: 'field' };

/** hono's zod validator with our error shape: `detail` lists each parameter and what is wrong with it. */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result) => {
    if (result.success) return;
    const errors = result.error.issues.map((i) => ({ name: i.path.map(String).join('.') || '(body)', reason: i.message }));
    const detail = errors.map((e) => `${WHERE[target] ?? target} "${e.name}": ${e.reason}`).join('; ');
    throw problem(400, detail, { errors });
  });
