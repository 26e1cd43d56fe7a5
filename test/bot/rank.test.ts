import { describe, expect, it } from 'vitest';
import type { Service } from '../../knowledge/schema.ts';
import { rankServices } from '../../bot/rank.ts';
import type { Context } from '../../bot/types.ts';

const l10n = (s: string) => ({ nl: s, fr: s, en: s });
/** A synthetic service: everything equal unless the test says otherwise. */
function service(id: string, over: Partial<Service> = {}): Service {
  return {
    id,
    organization: 'org',
    name: l10n(id),
    description: l10n(id),
    needs: ['med.pain'],
    audiences: ['adult', 'child', 'aya', 'relative'],
    area: { scope: 'national' },
    languages: ['nl', 'fr', 'de', 'en'],
    cost: { kind: 'free' },
    referral: { routes: ['self'], how: l10n('call') },
    contact: {},
    source: { url: 'https://example.org', checked: '2026-11-21' },
    ...over,
  };
}
const ids = (services: Service[], ctx: Context, needs = ['med.pain']) => rankServices(services, needs, ctx, 10).map((r) => r.service.id);

describe('rankServices', () => {
  it('leaves out a service not offered in the asked region; national ones stay', () => {
    const services = [service('flanders', { area: { scope: 'regional', regions: ['BE-VLG'] } }), service('national')];
    expect(ids(services, { lang: 'fr', place: { region: 'BE-WAL' } })).toEqual(['national']);
    expect(ids(services, { lang: 'nl', place: { region: 'BE-VLG' } })).toEqual(['flanders', 'national']);
  });

  it('puts local before regional before national when all fit', () => {
    const services = [
      service('national'),
      service('regional', { area: { scope: 'regional', regions: ['BE-VLG'] } }),
      service('provincial', { area: { scope: 'provincial', provinces: ['BE-VOV'] } }),
      service('other-province', { area: { scope: 'provincial', provinces: ['BE-VAN'] } }),
    ];
    expect(ids(services, { lang: 'nl', place: { region: 'BE-VLG', province: 'BE-VOV' } })).toEqual(['provincial', 'regional', 'national']);
  });

  it('offers German-speaking Community services only there', () => {
    const services = [service('dg', { area: { scope: 'german-speaking' } }), service('national')];
    expect(ids(services, { lang: 'fr', place: { region: 'BE-WAL', province: 'BE-WLG' } })).toEqual(['national']);
    expect(ids(services, { lang: 'fr', place: { region: 'BE-WAL', province: 'BE-WLG', germanSpeaking: true } })).toEqual(['dg', 'national']);
  });

  it('ranks services for the asked audience first', () => {
    const services = [service('adults-only', { audiences: ['adult'] }), service('for-children', { audiences: ['child'] })];
    expect(ids(services, { lang: 'en', audience: 'child' })).toEqual(['for-children', 'adults-only']);
    expect(ids(services, { lang: 'en', audience: 'adult' })).toEqual(['adults-only', 'for-children']);
  });

  it('ranks services in the patient language first', () => {
    const services = [service('dutch', { languages: ['nl'] }), service('french', { languages: ['fr'] })];
    expect(ids(services, { lang: 'fr' })).toEqual(['french', 'dutch']);
    expect(ids(services, { lang: 'en', patientLang: 'nl' })).toEqual(['dutch', 'french']);
  });

  it('ranks free before co-payment before paid, other things equal', () => {
    const services = [
      service('paid', { cost: { kind: 'paid' } }),
      service('copay', { cost: { kind: 'copay', amount: 11, year: 2024 } }),
      service('free', { cost: { kind: 'free' } }),
    ];
    expect(ids(services, { lang: 'en' })).toEqual(['free', 'copay', 'paid']);
  });

  it('ranks the main need before a secondary one, and explains every rank', () => {
    const services = [service('secondary', { needs: ['psy.anxiety', 'med.pain'] }), service('primary')];
    const ranked = rankServices(services, ['med.pain'], { lang: 'nl', audience: 'adult', place: { region: 'BE-BRU' } });
    expect(ranked.map((r) => r.service.id)).toEqual(['primary', 'secondary']);
    expect(ranked[0]!.reasons.map((r) => r.code)).toEqual(['need', 'audience', 'national', 'language', 'cost-free']);
    expect(ranked[0]!.reasons[0]!.text).toBe('beantwoordt deze nood');
    expect(ranked[1]!.reasons[0]!.code).toBe('need-secondary');
  });

  it('treats hospital-based roles as local', () => {
    const services = [service('national'), service('hospital', { area: { scope: 'national', inYourHospital: true } })];
    expect(ids(services, { lang: 'en' })).toEqual(['hospital', 'national']);
  });
});

describe('rankServices with only a region known', () => {
  it('keeps a provincial service of that region, after regional ones, and says so', () => {
    const services = [
      service('ghent', { area: { scope: 'provincial', provinces: ['BE-VOV'] } }),
      service('liege', { area: { scope: 'provincial', provinces: ['BE-WLG'] } }),
      service('regional', { area: { scope: 'regional', regions: ['BE-VLG'] } }),
    ];
    const ranked = rankServices(services, ['med.pain'], { lang: 'en', place: { region: 'BE-VLG' } });
    expect(ranked.map((r) => r.service.id)).toEqual(['regional', 'ghent']);
    expect(ranked[1]!.reasons.find((r) => r.code === 'part-of-region')?.text).toBe('offered in part of your region');
  });
});
