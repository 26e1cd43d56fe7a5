import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LookupResponse } from '../../worker/schemas.ts';
import { ORIGIN, expectProblem } from './helpers.ts';
import { TEST_KEY } from './keys.ts';

const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TEST_KEY}` }) =>
  SELF.fetch(`${ORIGIN}/api/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const lookup = async (body: unknown) => {
  const res = await post(body);
  expect(res.status, await res.clone().text()).toBe(200);
  return LookupResponse.parse(await res.json());
};

const TEXT = { nl: 'altijd moe na de chemo', fr: 'toujours fatigué après la chimio', en: 'always tired after chemo' } as const;
const HEADING = { nl: /Ondersteunende zorg voor/, fr: /Soins de support pour/, en: /Supportive care for/ } as const;
const PLACES = [{ region: 'BE-VLG' }, { postalCode: '4000' }, { region: 'BE-BRU' }, { postalCode: '9000' }] as const;

describe('POST /api/v1/lookup', () => {
  describe.each(['nl', 'fr', 'en'] as const)('in %s', (lang) => {
    it.each(PLACES)('by text, at %o: matched needs, ranked services, guidance and a summary', async (place) => {
      const answer = await lookup({ text: TEXT[lang], lang, audience: 'adult', ...place });
      expect(answer.needs[0]?.id).toBe('med.fatigue');
      expect(answer.needs[0]?.score).toBeGreaterThan(0);
      expect(answer.services.length).toBeGreaterThan(0);
      expect(answer.guidance.length).toBeGreaterThan(0);
      expect(answer.summary.text).toMatch(HEADING[lang]);
      expect(answer.summary.text).toContain(answer.needs[0]!.title);
      expect(answer.summary.markdown).toContain(`**${answer.services[0]!.name.replace(/[\\`*_[\]{}<>#|~]/g, '\\$&')}**`);
    });

    it.each(PLACES)('by need ids, at %o: services meet the needs and are offered there', async (place) => {
      const answer = await lookup({ needIds: ['med.pain', 'med.fatigue'], lang, ...place });
      expect(answer.needs.map((n) => n.id)).toEqual(['med.pain', 'med.fatigue']);
      expect(answer.needs[0]).not.toHaveProperty('score');
      for (const s of answer.services) {
        expect(s.needs.some((n) => n === 'med.pain' || n === 'med.fatigue')).toBe(true);
        const region = 'region' in place ? place.region : place.postalCode === '4000' ? 'BE-WAL' : 'BE-VLG';
        if (s.area.scope === 'regional') expect(s.area.regions).toContain(region);
      }
      const fits = answer.services.map((s) => s.fit!);
      expect(fits).toEqual([...fits].sort((a, b) => b - a));
      expect(answer.summary.text).toMatch(HEADING[lang]);
    });
  });

  it('puts red flags first and marks facts to check before referring, in text and markdown, without HTML', async () => {
    const answer = await lookup({ needIds: ['psy.suicidal-thoughts'], lang: 'en', limit: 20 });
    expect(answer.needs[0]!.redFlag).toBeDefined();
    const { text, markdown } = answer.summary;
    expect(text.indexOf('Urgent first')).toBeGreaterThan(0);
    expect(text.indexOf('Urgent first')).toBeLessThan(text.indexOf('Who can help'));
    for (const s of [text, markdown]) expect(s).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(markdown).toMatch(/\*\*Urgent first\*\*/);
    const flagged = await lookup({ needIds: ['work.job-seeker'], lang: 'en', region: 'BE-BRU', limit: 20 });
    const service = flagged.services.find((s) => s.checkBeforeReferring)!;
    expect(service).toBeDefined();
    const block = flagged.summary.text.slice(flagged.summary.text.indexOf(service.name));
    expect(block.slice(0, block.indexOf('Source:'))).toContain(`Check before referring: ${service.checks[0]!.note}`);
  });

  it('says so when the text matches no need', async () => {
    const answer = await lookup({ text: 'qqqxxzz', lang: 'fr' });
    expect(answer.needs).toEqual([]);
    expect(answer.summary.text).toMatch(/Aucun besoin trouvé/);
  });

  it('answers CORS preflight from any origin, allowing the Authorization header', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/v1/lookup`, {
      method: 'OPTIONS',
      headers: { origin: 'https://intranet.hospital.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
  });
});

describe('POST /api/v1/lookup refuses bad requests with problem+json', () => {
  it('401 without a key, with a Bearer challenge', async () => {
    const res = await post({ text: 'pijn', lang: 'nl' }, {});
    await expectProblem(res, 401, /API key is required/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it.each([
    ['a wrong key', `Bearer ${TEST_KEY}x`],
    ['another scheme', `Basic ${btoa('a:b')}`],
    ['the development key outside development', 'Bearer scra_dev_local_only_never_deployed'],
  ])('401 for %s', async (_name, authorization) => {
    const res = await post({ text: 'pijn', lang: 'nl' }, { authorization });
    await expectProblem(res, 401, /API key is not valid/);
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('413 for a body over 64 KB', async () => {
    await expectProblem(await post({ text: 'x'.repeat(65 * 1024), lang: 'en' }), 413, /larger than 64 KB/);
  });

  it('400 for a body that is not JSON', async () => {
    await expectProblem(await post('{"text": "pijn", '), 400, /JSON/i);
  });

  it.each([
    ['an unknown field', { text: 'pijn', lang: 'nl', patientName: 'x' }, /unknown parameter\(s\): patientName/],
    ['both text and needIds', { text: 'pijn', needIds: ['med.pain'], lang: 'nl' }, /exactly one of text or needIds/],
    ['neither text nor needIds', { lang: 'nl' }, /exactly one of text or needIds/],
    ['no lang', { text: 'pijn' }, /lang must be one of nl, fr, en/],
    ['region and postal code that disagree', { text: 'pijn', lang: 'nl', region: 'BE-WAL', postalCode: '9000' }, /different regions/],
    ['a bad postal code', { text: 'pijn', lang: 'nl', postalCode: '123' }, /postalCode must be a Belgian postal code/],
    ['a limit too large', { text: 'pijn', lang: 'nl', limit: 50 }, /limit must be at most 20/],
    ['too many need ids', { needIds: ['a', 'b', 'c', 'd', 'e', 'f'], lang: 'nl' }, /1 to 5 need ids/],
    ['an unknown need id', { needIds: ['med.pain', 'med.nothing'], lang: 'nl' }, /unknown need id\(s\) med\.nothing/],
  ])('400 for %s', async (_name, body, detail) => {
    await expectProblem(await post(body), 400, detail);
  });
});
