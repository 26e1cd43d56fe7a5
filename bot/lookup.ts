/** @module bot/lookup: one-shot answers (a need with its guidance and ranked services; a free-text search), shared by every channel. */
import type { KnowledgeBase } from './knowledge.ts';
import { guidanceView, needSummary, needView, serviceView } from './present.ts';
import { offeredAt, rankService, rankServices } from './rank.ts';
import { search } from './search.ts';
import type { Context } from './types.ts';
import type { GuidanceView, NeedSummaryView, NeedView, ServiceView } from './views.ts';

export interface NeedAnswer {
  need: NeedView;
  guidance: GuidanceView[];
  services: ServiceView[];
}

/** The need, its guidance and the services that meet it, ranked by fit for the context. */
export function answerNeed(kb: KnowledgeBase, needId: string, ctx: Context, limit = 5): NeedAnswer | undefined {
  const need = kb.needs.get(needId);
  if (!need) return undefined;
  return {
    need: needView(kb, need, ctx.lang),
    guidance: (kb.guidanceByNeed.get(needId) ?? []).map((g) => guidanceView(g, ctx.lang)),
    services: rankServices(kb.servicesByNeed.get(needId) ?? [], [needId], ctx, limit).map((r) => serviceView(kb, r.service, ctx.lang, r)),
  };
}

export interface SearchAnswer {
  needs: NeedSummaryView[];
  services: ServiceView[];
  guidance: GuidanceView[];
}

/** How much text relevance (0..1 of the best hit) weighs against fit when ranking searched services. */
const RELEVANCE_WEIGHT = 4;

/**
 * Free-text search: needs best first; services found by the text or meeting the best need, ranked by
 * relevance and fit (not offered in the asked area: left out); guidance likewise.
 */
export function answerSearch(kb: KnowledgeBase, text: string, ctx: Context, limit = 5): SearchAnswer {
  const hits = search(kb, text, ctx.lang, Math.max(limit, 20));
  const needs = hits.needs.slice(0, limit).flatMap((h) => {
    const need = kb.needs.get(h.id);
    return need ? [needSummary(need, ctx.lang, h.score)] : [];
  });
  const topNeeds = needs.slice(0, 1).map((n) => n.id);

  const relevance = new Map(hits.services.map((h) => [h.id, h.score / (hits.services[0]?.score || 1)]));
  const candidates = new Set([...hits.services.map((h) => h.id), ...topNeeds.flatMap((id) => (kb.servicesByNeed.get(id) ?? []).map((s) => s.id))]);
  const services = [...candidates]
    .flatMap((id) => {
      const service = kb.services.get(id);
      const ranked = service && offeredAt(service, ctx.place) ? rankService(service, topNeeds, ctx) : undefined;
      return ranked ? [{ ranked, total: ranked.fit + RELEVANCE_WEIGHT * (relevance.get(id) ?? 0) }] : [];
    })
    .sort((a, b) => b.total - a.total)
    .slice(0, limit)
    .map(({ ranked }) => serviceView(kb, ranked.service, ctx.lang, ranked, hits.services.find((h) => h.id === ranked.service.id)?.score));

  const guidanceScore = new Map(hits.guidance.map((h) => [h.id, h.score]));
  const guidanceIds = [...new Set([...topNeeds.flatMap((id) => (kb.guidanceByNeed.get(id) ?? []).map((g) => g.id)), ...hits.guidance.map((h) => h.id)])];
  const guidance = guidanceIds.slice(0, limit).flatMap((id) => {
    const g = kb.guidance.get(id);
    return g ? [guidanceView(g, ctx.lang, guidanceScore.get(id))] : [];
  });
  return { needs, services, guidance };
}
