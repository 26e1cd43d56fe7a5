/** GET /handout: the print page of a referral plan, built from its parameters alone, in nl, fr or en. */
import { describe, expect, it } from 'vitest';
import { expectProblem, get } from './helpers.ts';

const service = async (id: string, lang: string) => ((await (await get(`/api/v1/services/${id}?lang=${lang}`)).json()) as { service: { name: string; contact: { phone?: string } } }).service;

describe('GET /handout', () => {
  it.each(['nl', 'fr', 'en'])('renders two needs with their services in %s, with tel: links and the check flag', async (lang) => {
    const res = await get(`/handout?lang=${lang}&item=psy.suicidal-thoughts:zelfmoordlijn-1813&item=med.fatigue:kankerinfo`);
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const id of ['zelfmoordlijn-1813', 'kankerinfo']) {
      const s = await service(id, lang);
      expect(page).toContain(s.name.replace(/'/g, '&#39;'));
      if (s.contact.phone) expect(page).toContain(`href="tel:${s.contact.phone.replace(/[^+\d]/g, '')}"`);
    }
    expect(page).not.toMatch(/<script/i);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('shows "check before" notes where the service has unconfirmed facts', async () => {
    const flagged = (await (await get('/api/v1/services?lang=en')).json()) as { services: { id: string; needs: string[]; checks: { note: string }[] }[] };
    const s = flagged.services.find((x) => x.checks.length > 0)!;
    const page = await (await get(`/handout?lang=en&item=${s.needs[0]}:${s.id}`)).text();
    expect(page).toContain('class="check"');
    expect(page).toContain(s.checks[0]!.note.replace(/'/g, '&#39;').replace(/"/g, '&quot;').slice(0, 30));
  });

  it('serves its stylesheet from our origin (the page needs no inline style or script)', async () => {
    const res = await get('/handout.css');
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await res.text()).toMatch(/@media print/);
  });

  it.each([
    ['no lang', '/handout?item=med.fatigue:kankerinfo', 400, /lang/],
    ['a fourth language', '/handout?lang=de&item=med.fatigue:kankerinfo', 400, /lang must be one of nl, fr, en/],
    ['no item', '/handout?lang=nl', 400, /item/],
    ['a malformed item', '/handout?lang=nl&item=med.fatigue', 400, /item must be a need id, a colon and service ids/],
    ['an unknown service', '/handout?lang=nl&item=med.fatigue:no-such-service', 404, /no-such-service/],
    ['an unknown parameter', '/handout?lang=nl&item=med.fatigue:kankerinfo&name=Jan', 400, /unknown parameter\(s\): name/],
  ])('refuses %s with problem+json', async (_name, path, status, detail) => {
    await expectProblem(await get(path), status, detail);
  });
});
