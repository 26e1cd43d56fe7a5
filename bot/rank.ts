/** @module bot/rank: ranks services by fit for a need and a context (need, audience, area, language, cost), each with its reasons. */
import type { Audience, Province, Region, Service } from '../knowledge/schema.ts';
import { copy } from './copy/index.ts';
import type { Context, Place } from './types.ts';

export type ReasonCode =
  | 'need' | 'need-secondary' | 'audience' | 'audience-other'
  | 'local' | 'regional' | 'part-of-region' | 'national' | 'hospital'
  | 'language' | 'language-other' | `cost-${Service['cost']['kind']}`;

export interface Reason {
  code: ReasonCode;
  text: string;
}

export interface RankedService {
  service: Service;
  fit: number;
  reasons: Reason[];
}

/** Region of an ISO 3166-2:BE province: BE-V.. is Flanders, BE-W.. Wallonia. */
export const regionOf = (province: Province): Region => (province.startsWith('BE-V') ? 'BE-VLG' : 'BE-WAL');

/** How well the area fits the place, or undefined when the service is not offered there. */
function areaFit(service: Service, place: Place | undefined): { code: ReasonCode; points: number } | undefined {
  const { area } = service;
  if (area.inYourHospital) return { code: 'hospital', points: 2.5 };
  switch (area.scope) {
    case 'national':
      return { code: 'national', points: 1 };
    case 'regional':
      if (!place) return { code: 'regional', points: 1 };
      return area.regions?.includes(place.region) ? { code: 'regional', points: 2 } : undefined;
    case 'provincial':
      if (!place) return { code: 'local', points: 1 };
      if (place.province) return area.provinces?.includes(place.province) ? { code: 'local', points: 3 } : undefined;
      // Only the region is known: a service in some of its provinces may or may not be near.
      return area.provinces?.some((p) => regionOf(p) === place.region) ? { code: 'part-of-region', points: 0.5 } : undefined;
    case 'german-speaking':
      if (!place) return { code: 'local', points: 1 };
      return place.germanSpeaking ? { code: 'local', points: 3 } : undefined;
  }
}

type AreaCode = 'local' | 'regional' | 'part-of-region' | 'national' | 'hospital';
const AREA_TEXT = { local: 'local', regional: 'regional', 'part-of-region': 'partOfRegion', national: 'national', hospital: 'hospital' } as const;

const COST_POINTS: Record<Service['cost']['kind'], number> = { free: 1, included: 1, reimbursed: 0.75, copay: 0.5, varies: 0, paid: 0 };

/** True when the service is offered at the place (national ones always are). */
export const offeredAt = (service: Service, place: Place | undefined) => areaFit(service, place) !== undefined;

/**
 * Scores one service for the needs asked about. Services not offered in the asked area are left out
 * (undefined); national ones stay. Higher `fit` is better.
 */
export function rankService(service: Service, needIds: readonly string[], ctx: Context): RankedService | undefined {
  const area = areaFit(service, ctx.place);
  if (!area) return undefined;
  const t = copy(ctx.lang).reason;
  const reasons: Reason[] = [];
  let fit = 0;
  const matched = needIds.filter((id) => service.needs.includes(id));
  if (matched.length) {
    const primary = needIds.includes(service.needs[0]!);
    fit += 3 * matched.length + (primary ? 1 : 0);
    reasons.push(primary ? { code: 'need', text: t.need } : { code: 'need-secondary', text: t.needSecondary });
  }
  if (ctx.audience) {
    const fits = service.audiences.includes(ctx.audience);
    fit += fits ? 2 : -2;
    reasons.push(fits ? { code: 'audience', text: t.audienceYes[ctx.audience as Audience] } : { code: 'audience-other', text: t.audienceNo });
  }
  fit += area.points;
  reasons.push({ code: area.code, text: t[AREA_TEXT[area.code as AreaCode]] });
  const speaks = ctx.patientLang ?? ctx.lang;
  if (service.languages.includes(speaks)) {
    fit += 1;
    reasons.push({ code: 'language', text: t.language });
  } else {
    fit -= 1.5;
    reasons.push({ code: 'language-other', text: t.noLanguage });
  }
  fit += COST_POINTS[service.cost.kind];
  reasons.push({ code: `cost-${service.cost.kind}`, text: t.cost[service.cost.kind] });
  return { service, fit, reasons };
}

/** Ranks services for needs in a context, best first; ties by name so the order is stable. */
export function rankServices(services: Iterable<Service>, needIds: readonly string[], ctx: Context, limit = 5): RankedService[] {
  const ranked: RankedService[] = [];
  for (const service of services) {
    const r = rankService(service, needIds, ctx);
    if (r) ranked.push(r);
  }
  return ranked.sort((a, b) => b.fit - a.fit || a.service.name.en.localeCompare(b.service.name.en)).slice(0, limit);
}
