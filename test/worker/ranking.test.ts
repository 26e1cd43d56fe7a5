import { describe, expect, it } from 'vitest';
import { BUNDLE_JSON } from '../../knowledge/dist/knowledge.js';
import type { KnowledgeBundle, Service } from '../../bot/types.ts';
import { NeedResponse, SearchResponse, ServiceListResponse } from '../../worker/schemas.ts';
import { get } from './helpers.ts';

const bundle = JSON.parse(BUNDLE_JSON) as KnowledgeBundle;
const servicesFor = (needId: string) => bundle.services.filter((s) => s.needs.includes(needId));
const regional = (s: Service, region: string) => s.area.scope === 'regional' && s.area.regions!.includes(region as never);
/** A need with a service only in Flanders/Brussels and one only in Wallonia: the crisis lines. */
const need = 'psy.suicidal-thoughts';

async function needAnswer(query: string) {
  const res = await get(`/api/v1/needs/${need}?${query}`);
  expect(res.status).toBe(200);
  return NeedResponse.parse(await res.json());
}

describe('GET /api/v1/needs/{id}: services ranked by fit', () => {
  it('leaves out services not offered in the asked region and keeps national ones', async () => {
    const flemishOnly = servicesFor(need).filter((s) => regional(s, 'BE-VLG') && !regional(s, 'BE-WAL'));
    const walloonOnly = servicesFor(need).filter((s) => regional(s, 'BE-WAL') && !regional(s, 'BE-VLG'));
    expect(flemishOnly.length).toBeGreaterThan(0);
    expect(walloonOnly.length).toBeGreaterThan(0);
    const wal = (await needAnswer('region=BE-WAL&lang=fr&limit=20')).services.map((s) => s.id);
    for (const s of flemishOnly) expect(wal).not.toContain(s.id);
    expect(wal).toEqual(expect.arrayContaining(walloonOnly.map((s) => s.id).slice(0, 1)));
    const vlg = (await needAnswer('region=BE-VLG&lang=nl&limit=20')).services.map((s) => s.id);
    for (const s of walloonOnly) expect(vlg).not.toContain(s.id);
  });

  it('ranks a regional service before a national one when both fit, and explains why', async () => {
    const { services } = await needAnswer('region=BE-VLG&lang=nl&audience=adult&limit=20');
    const fits = services.map((s) => s.fit!);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    for (const s of services) {
      expect(s.reasons!.length).toBeGreaterThan(0);
      expect(s.reasons!.map((r) => r.code)).toContain(s.area.inYourHospital ? 'hospital' : s.area.scope === 'national' ? 'national' : 'regional');
    }
    const firstRegional = services.findIndex((s) => s.area.scope === 'regional');
    const lastNational = services.findLastIndex((s) => s.area.scope === 'national' && !s.area.inYourHospital && s.languages.includes('nl') && s.audiences.includes('adult') && s.cost.kind === 'free' && s.needs[0] === need);
    if (firstRegional >= 0 && lastNational >= 0) expect(firstRegional).toBeLessThan(lastNational);
  });

  it('maps a postal code to its region: 9000 Ghent gets Flemish services, 5000 Namur Walloon ones', async () => {
    const ghent = await needAnswer('postalCode=9000&lang=nl&limit=20');
    const namur = await needAnswer('postalCode=5000&lang=fr&limit=20');
    for (const s of ghent.services) if (s.area.scope === 'regional') expect(s.area.regions).toContain('BE-VLG');
    for (const s of namur.services) if (s.area.scope === 'regional') expect(s.area.regions).toContain('BE-WAL');
  });

  it('offers German-speaking Community services for a postal code in Ostbelgien only', async () => {
    const dgService = bundle.services.find((s) => s.area.scope === 'german-speaking')!;
    const dgNeed = dgService.needs[0]!;
    const ids = async (postalCode: string) =>
      NeedResponse.parse(await (await get(`/api/v1/needs/${dgNeed}?postalCode=${postalCode}&limit=20`)).json()).services.map((s) => s.id);
    expect(await ids('4700')).toContain(dgService.id); // Eupen
    expect(await ids('4000')).not.toContain(dgService.id); // Liège
  });

  it('ranks services for the asked audience before others', async () => {
    const { services } = await needAnswer('lang=nl&audience=child&limit=20');
    // The top answer for a child is a service for children, and every rank says whether it is.
    expect(services[0]!.audiences).toContain('child');
    for (const s of services) expect(s.reasons!.map((r) => r.code)).toContain(s.audiences.includes('child') ? 'audience' : 'audience-other');
  });

  it('prefers services in the answer language', async () => {
    const { services } = await needAnswer('lang=fr&region=BE-BRU&limit=20');
    const crisisFr = services.findIndex((s) => s.area.scope === 'regional' && s.languages.includes('fr'));
    const crisisNl = services.findIndex((s) => s.area.scope === 'regional' && !s.languages.includes('fr'));
    expect(crisisFr).toBeGreaterThanOrEqual(0);
    if (crisisNl >= 0) expect(crisisFr).toBeLessThan(crisisNl);
  });

  it('/api/v1/services?need= and /api/v1/search rank the same way', async () => {
    const list = ServiceListResponse.parse(await (await get(`/api/v1/services?need=${need}&region=BE-WAL&lang=fr`)).json());
    const detail = await needAnswer('region=BE-WAL&lang=fr&limit=20');
    expect(list.services.map((s) => s.id)).toEqual(detail.services.map((s) => s.id));
    const search = SearchResponse.parse(await (await get('/api/v1/search?q=pens%C3%A9es%20suicidaires&region=BE-WAL&lang=fr')).json());
    expect(search.needs[0]?.id).toBe(need);
    for (const s of search.services) expect(s.area.scope === 'regional' ? s.area.regions : ['BE-WAL']).toContain('BE-WAL');
  });
});

describe('"check before referring" flags', () => {
  it('every service and guidance with an unconfirmed or conflicting fact says so, with the note and source', async () => {
    const flagged = bundle.services.filter((s) => s.checks?.length);
    expect(flagged.length).toBeGreaterThan(0);
    const { services } = ServiceListResponse.parse(await (await get('/api/v1/services?lang=fr')).json());
    expect(services).toHaveLength(bundle.services.length);
    for (const s of services) {
      const source = bundle.services.find((b) => b.id === s.id)!;
      expect(s.checkBeforeReferring).toBe(Boolean(source.checks?.length));
      expect(s.checks.map((c) => c.note)).toEqual((source.checks ?? []).map((c) => c.note.fr));
    }
    const guided = bundle.guidance.find((g) => g.checks?.length)!;
    const { guidance } = NeedResponse.parse(await (await get(`/api/v1/needs/${guided.needs[0]}?lang=nl`)).json());
    expect(guidance.find((g) => g.id === guided.id)).toMatchObject({
      checkBeforeReferring: true,
      checks: expect.arrayContaining([expect.objectContaining({ note: guided.checks![0]!.note.nl })]),
    });
  });
});
