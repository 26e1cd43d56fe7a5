import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPackage, configFrom, validateFiles } from '../../scripts/teams-package.ts';

const APP_ID = '3f6b9a52-6b1d-4a8e-9d35-0c0ffee0b0a7';
const cfg = { appId: APP_ID, workerUrl: 'https://assistant.example.workers.dev/', version: '0.1.0' };
const tmp = () => join(mkdtempSync(join(tmpdir(), 'teams-package-')), 'app.zip');

/** Width, height, colour type and the decoded RGBA of an 8-bit RGBA PNG without filters (what teams-icons writes). */
function readPng(bytes: Uint8Array) {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat = buf.indexOf('IDAT');
  const raw = inflateSync(buf.subarray(idat + 4, idat + 4 + buf.readUInt32BE(idat - 4)));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels.push([...raw.subarray(y * (1 + width * 4) + 1 + x * 4, y * (1 + width * 4) + 5 + x * 4)]);
  return { width, height, colourType: buf[25], pixels };
}

describe('npm run teams:package', () => {
  it('builds a zip with the manifest, nl and fr localizations and both icons, valid against the Teams schema', async () => {
    const files = unzipSync(readFileSync(await buildPackage(cfg, tmp())));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'nl.json', 'outline.png']);
    const json = Object.fromEntries(['manifest.json', 'nl.json', 'fr.json'].map((f) => [f, JSON.parse(new TextDecoder().decode(files[f]))]));
    expect(await validateFiles(json)).toEqual([]);
    const manifest = json['manifest.json'];
    expect(manifest).toMatchObject({
      id: APP_ID,
      bots: [{ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] }],
      composeExtensions: [{ botId: APP_ID, commands: [{ id: 'searchServices', type: 'query', parameters: [{ name: 'query' }] }] }],
      validDomains: ['assistant.example.workers.dev'],
      localizationInfo: { additionalLanguages: [{ languageTag: 'nl', file: 'nl.json' }, { languageTag: 'fr', file: 'fr.json' }] },
    });
    expect(json['nl.json']['name.short']).not.toBe(manifest.name.short);
    expect(json['fr.json']['composeExtensions[0].commands[0].title']).toBe('Rechercher');
  });

  it('draws a 192x192 colour icon and a 32x32 outline icon in white on transparent', async () => {
    const files = unzipSync(readFileSync(await buildPackage(cfg, tmp())));
    const color = readPng(files['color.png']!);
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    expect(color.pixels.every((p) => p[3] === 255)).toBe(true);
    const outline = readPng(files['outline.png']!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const kinds = new Set(outline.pixels.map((p) => p.join(',')));
    expect(kinds).toEqual(new Set(['255,255,255,255', '0,0,0,0']));
  });

  it('fails the build on an invalid manifest, naming the field', async () => {
    await expect(buildPackage({ ...cfg, appId: 'not-a-guid' }, tmp())).rejects.toThrow(/bots\/0\/botId must match pattern/);
    await expect(buildPackage(cfg, tmp(), (m) => void (m['bots'] = [{ botId: APP_ID, scopes: ['everywhere'] }]))).rejects.toThrow(/manifest\.json: \/bots\/0\/scopes\/0/);
  });

  it('takes its configuration from flags or the environment, and names what is missing', () => {
    expect(configFrom(['--url', 'https://a.example'], { MICROSOFT_APP_ID: APP_ID }).cfg).toMatchObject({ appId: APP_ID, workerUrl: 'https://a.example' });
    expect(() => configFrom([], {})).toThrow(/--app-id <guid> --url/);
    expect(() => configFrom(['--app-id', APP_ID, '--url', 'http://insecure.example'], {})).toThrow(/must be https/);
  });

  it('exits non-zero from the command line when the manifest is invalid', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/teams-package.ts', '--app-id', 'nope', '--url', 'https://a.example', '--out', tmp()], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not valid against the Teams 1\.24 schema/);
  });
});
