/** @module worker/env: the worker's bindings and configuration, parsed once with zod. */
import { z } from 'zod';

/** Configuration from wrangler.toml [vars] and secrets; every field documented in the README. */
export const Config = z.object({
  ENVIRONMENT: z.enum(['development', 'test', 'production']).default('production'),
});
export type Config = z.infer<typeof Config>;

/** Hono's environment for every route: bindings and the per-request variables middleware sets. */
export type AppEnv = { Bindings: Env; Variables: { language: string; config: Config } };

let parsed: Config | undefined;
let parsedFrom: unknown;

/** Parses the configuration once per isolate (again only if the bindings object changes, as in tests). */
export function config(env: Env): Config {
  if (parsed && parsedFrom === env) return parsed;
  const result = Config.safeParse(env);
  if (!result.success) throw new Error(`worker/env: invalid configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  parsedFrom = env;
  return (parsed = result.data);
}
