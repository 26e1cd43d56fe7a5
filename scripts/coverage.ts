/** @module scripts/coverage: which needs have services where and for whom; used by the curator report and its tests. */
import { REGIONS, type Audience, type Need } from '../knowledge/schema.ts';
import { offeredAt } from '../bot/rank.ts';
import type { Place } from '../bot/types.ts';
import type { Knowledge } from './load-knowledge.ts';

/** The places coverage is reported for: the three regions and the German-speaking Community. */
export const AREAS: { key: string; label: string; place: Place }[] = [
  ...REGIONS.map((region) => ({ key: region, label: region, place: { region } })),
  { key: 'DG', label: 'German-speaking', place: { region: 'BE-WAL', province: 'BE-WLG', germanSpeaking: true } },
];

export interface NeedCoverage {
  need: Need;
  services: number;
  /** Services offered per area key (national and hospital-based ones count everywhere). */
  byArea: Record<string, number>;
  /** Services per audience, for the audiences the need concerns. */
  byAudience: Partial<Record<Audience, number>>;
  guidance: number;
}


/** Coverage of every need. */
export function coverage(kb: Knowledge): NeedCoverage[] {
  return kb.needs.map((need) => {
    const services = kb.services.filter((s) => s.needs.includes(need.id));
    return {
      need,
      services: services.length,
      byArea: Object.fromEntries(AREAS.map((a) => [a.key, services.filter((s) => offeredAt(s, a.place)).length])),
      byAudience: Object.fromEntries(need.audiences.map((aud) => [aud, services.filter((s) => s.audiences.includes(aud)).length])),
      guidance: kb.guidance.filter((g) => g.needs.includes(need.id)).length,
    };
  });
}

/** Share of needs with at least one service offered in each area, 0..1. */
export function areaShares(rows: NeedCoverage[]): Record<string, number> {
  return Object.fromEntries(AREAS.map((a) => [a.key, rows.filter((r) => r.byArea[a.key]! > 0).length / rows.length]));
}

