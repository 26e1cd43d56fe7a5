/**
 * @module scripts/teams-package: `npm run teams:package -- --app-id <guid> --url <worker URL> [--out file]`
 * builds the Teams app zip (manifest.json, color.png, outline.png, nl.json, fr.json) and validates it
 * offline against Microsoft's schemas shipped in @microsoft/app-manifest; an invalid manifest fails
 * the build. Flags win over the environment (MICROSOFT_APP_ID, TEAMS_APP_ID, TEAMS_WORKER_URL).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { colorIcon, outlineIcon } from './teams-icons.ts';
import { MANIFEST_VERSION, buildLocalization, buildManifest, type PackageConfig } from './teams-manifest.ts';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_OUT = join(root, 'dist', 'teams-app.zip');

/** Microsoft's schema for a manifest or localization file, read from the package (never downloaded). */
function localSchema(file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json'): object {
  const pkg = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  const path = join(dirname(pkg), 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, file);
  // As the package's own loader does (\a, \v); and the localization schema has patterns with a lone `]`
  // (`\b]`), which ajv's unicode regular expressions refuse: escaping it keeps the same meaning.
  const text = readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b').replace(/\\\\b\]/g, '\\\\b\\\\]');
  return JSON.parse(text) as object;
}

/** Every schema error of the package's JSON files, each prefixed with its file; empty when valid. */
export async function validateFiles(files: Record<string, unknown>): Promise<string[]> {
  const errors: string[] = [];
  for (const [name, json] of Object.entries(files)) {
    const schema = localSchema(name === 'manifest.json' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json');
    // validateAgainstSchema is typed for manifests; the localization schema is checked the same way
    const found = await AppManifestUtils.validateAgainstSchema(json as never, schema as never);
    errors.push(...found.map((e) => `${name}: ${e}`));
  }
  return errors;
}

/** Builds and validates the package; throws naming every schema error. Returns the zip's path. */
export async function buildPackage(cfg: PackageConfig, out = DEFAULT_OUT, edit: (manifest: Record<string, unknown>) => void = () => {}): Promise<string> {
  const manifest = buildManifest(cfg);
  edit(manifest);
  const json = { 'manifest.json': manifest, 'nl.json': buildLocalization('nl'), 'fr.json': buildLocalization('fr') };
  const errors = await validateFiles(json);
  if (errors.length) throw new Error(`teams-package: the app package is not valid against the Teams ${MANIFEST_VERSION} schema:\n  ${errors.join('\n  ')}`);
  const encode = (v: unknown) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);
  const zip = zipSync({
    'manifest.json': encode(json['manifest.json']),
    'nl.json': encode(json['nl.json']),
    'fr.json': encode(json['fr.json']),
    'color.png': colorIcon(),
    'outline.png': outlineIcon(),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return out;
}

/** The configuration from flags and environment; names the missing setting. */
export function configFrom(argv: string[], env: NodeJS.ProcessEnv): { cfg: PackageConfig; out: string } {
  const { values } = parseArgs({
    args: argv,
    options: { 'app-id': { type: 'string' }, 'teams-app-id': { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, 'privacy-url': { type: 'string' }, 'terms-url': { type: 'string' } },
    strict: true,
  });
  const appId = values['app-id'] ?? env['MICROSOFT_APP_ID'];
  const workerUrl = values.url ?? env['TEAMS_WORKER_URL'];
  if (!appId || !workerUrl)
    throw new Error('teams-package: give the bot app id and the worker URL: npm run teams:package -- --app-id <guid> --url https://<worker host> (or set MICROSOFT_APP_ID and TEAMS_WORKER_URL)');
  if (!/^https:\/\//.test(workerUrl)) throw new Error(`teams-package: the worker URL must be https (got ${workerUrl})`);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const teamsAppId = values['teams-app-id'] ?? env['TEAMS_APP_ID'];
  const cfg: PackageConfig = {
    appId,
    workerUrl,
    version,
    ...(teamsAppId && { teamsAppId }),
    ...(values['privacy-url'] && { privacyUrl: values['privacy-url'] }),
    ...(values['terms-url'] && { termsUrl: values['terms-url'] }),
  };
  return { cfg, out: values.out ? resolve(values.out) : DEFAULT_OUT };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    const { cfg, out } = configFrom(process.argv.slice(2), process.env);
    console.log(`teams-package: wrote ${await buildPackage(cfg, out)} (manifest ${MANIFEST_VERSION}, valid)`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
