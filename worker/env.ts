/** @module worker/env: the worker's bindings and configuration, parsed once with zod. */
import { z } from 'zod';

/** Configuration from wrangler.toml [vars] and secrets; every field documented in the README. */
export const Config = z.object({
  ENVIRONMENT: z.enum(['development', 'test', 'production']).default('production'),
  // Microsoft Teams (optional: without MICROSOFT_APP_ID every Teams request is refused with 401).
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant']).default('MultiTenant'),
  /** Comma-separated Microsoft 365 tenant ids; empty or unset allows every tenant. */
  TEAMS_ALLOWED_TENANTS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean)),
  /** The base64 security token Teams shows when the outgoing webhook is created. */
  TEAMS_WEBHOOK_SECRET: z.base64().min(1).optional(),
  TEAMS_OPENID_METADATA_URL: z.url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  /** `{tenant}` becomes botframework.com (multi-tenant) or MICROSOFT_APP_TENANT_ID (single-tenant). */
  TEAMS_TOKEN_ENDPOINT: z.string().includes('{tenant}').default('https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token'),
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
