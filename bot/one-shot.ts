/** @module bot/one-shot: the one-shot lookup behind the lookup API (and any channel without a dialogue): by need ids or by free text. */
import type { KnowledgeBase } from './knowledge.ts';
import { answerSearch } from './lookup.ts';
import { guidanceView, needView, serviceView } from './present.ts';
import { rankServices } from './rank.ts';
import type { Context, Guidance, Service } from './types.ts';
import type { GuidanceView, NeedView, ServiceView } from './views.ts';

export interface LookupAnswer {
  /** The needs asked for, or matched by the text best first (then with a search `score`). */
  needs: (NeedView & { score?: number })[];
  guidance: GuidanceView[];
  services: ServiceView[];
}

const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];

/** The needs by id (known ids only, in the order given), their guidance, and the services meeting any of them ranked by fit. */
export function lookupNeeds(kb: KnowledgeBase, needIds: readonly string[], ctx: Context, limit = 5): LookupAnswer {
  const ids = needIds.filter((id) => kb.needs.has(id));
  const pool: Service[] = unique(ids.flatMap((id) => kb.servicesByNeed.get(id) ?? []));
  const guidance: Guidance[] = unique(ids.flatMap((id) => kb.guidanceByNeed.get(id) ?? []));
  return {
    needs: ids.map((id) => needView(kb, kb.needs.get(id)!, ctx.lang)),
    guidance: guidance.slice(0, limit).map((g) => guidanceView(g, ctx.lang)),
    services: rankServices(pool, ids, ctx, limit).map((r) => serviceView(kb, r.service, ctx.lang, r)),
  };
}

/** Free text: the search answer, with the matched needs in full (red flags included) so a summary can lead with them. */
export function lookupText(kb: KnowledgeBase, text: string, ctx: Context, limit = 5): LookupAnswer {
  const found = answerSearch(kb, text, ctx, limit);
  return {
    needs: found.needs.flatMap((n) => {
      const need = kb.needs.get(n.id);
      return need ? [{ ...needView(kb, need, ctx.lang), ...(n.score !== undefined && { score: n.score }) }] : [];
    }),
    guidance: found.guidance,
    services: found.services,
  };
}
