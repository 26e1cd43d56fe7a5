/** @module bot/present: turns knowledge entries into the localized views of bot/views.ts. */
import type { Check, L10n, Lang } from '../knowledge/schema.ts';
import { copy } from './copy/index.ts';
import type { KnowledgeBase } from './knowledge.ts';
import type { RankedService } from './rank.ts';
import type { Guidance, Need, Service } from './types.ts';
import type { GuidanceView, NeedSummaryView, NeedView, ServiceView } from './views.ts';

const pick = (text: L10n, lang: Lang) => text[lang];
const maybe = (text: L10n | undefined, lang: Lang) => (text ? text[lang] : undefined);
const checks = (list: Check[] | undefined, lang: Lang) =>
  (list ?? []).map((c) => ({ field: c.field, note: c.note[lang], ...(c.source && { source: c.source }) }));

export function needSummary(need: Need, lang: Lang, score?: number): NeedSummaryView {
  return { id: need.id, domain: need.domain, title: pick(need.title, lang), ...(score !== undefined && { score }) };
}

export function needView(kb: KnowledgeBase, need: Need, lang: Lang): NeedView {
  return {
    id: need.id,
    domain: need.domain,
    title: pick(need.title, lang),
    summary: pick(need.summary, lang),
    synonyms: need.synonyms[lang],
    audiences: need.audiences,
    phases: need.phases,
    ...(need.redFlag && { redFlag: { signs: pick(need.redFlag.signs, lang), action: pick(need.redFlag.action, lang) } }),
    related: (need.related ?? []).flatMap((id) => {
      const other = kb.needs.get(id);
      return other ? [{ id, title: pick(other.title, lang) }] : [];
    }),
  };
}

export function serviceView(kb: KnowledgeBase, service: Service, lang: Lang, ranked?: Pick<RankedService, 'fit' | 'reasons'>, score?: number): ServiceView {
  const org = kb.organizations.get(service.organization);
  const orgName = !org ? service.organization : typeof org.name === 'string' ? org.name : org.name[lang];
  const list = checks(service.checks, lang);
  const note = maybe(service.cost.note, lang);
  return {
    id: service.id,
    name: pick(service.name, lang),
    description: pick(service.description, lang),
    organization: { id: service.organization, name: orgName, ...(org?.url && { url: org.url }) },
    needs: service.needs,
    audiences: service.audiences,
    area: service.area,
    languages: service.languages,
    cost: {
      kind: service.cost.kind,
      ...(service.cost.amount !== undefined && { amount: service.cost.amount }),
      ...(service.cost.year !== undefined && { year: service.cost.year }),
      ...(note && { note }),
    },
    referral: { routes: service.referral.routes, how: pick(service.referral.how, lang) },
    contact: service.contact,
    source: service.source,
    checks: list,
    checkBeforeReferring: list.length > 0,
    ...(score !== undefined && { score }),
    ...(ranked && { fit: ranked.fit, reasons: ranked.reasons }),
  };
}

export function guidanceView(guidance: Guidance, lang: Lang, score?: number): GuidanceView {
  const list = checks(guidance.checks, lang);
  const rules = maybe(guidance.rules, lang);
  const redFlags = maybe(guidance.redFlags, lang);
  return {
    id: guidance.id,
    title: pick(guidance.title, lang),
    needs: guidance.needs,
    firstSteps: pick(guidance.firstSteps, lang),
    ...(rules && { rules }),
    tellPatient: pick(guidance.tellPatient, lang),
    ...(redFlags && { redFlags }),
    sources: guidance.sources,
    reviewed: guidance.reviewed,
    checks: list,
    checkBeforeReferring: list.length > 0,
    ...(score !== undefined && { score }),
  };
}

/** A service's cost in one line, the same in every channel: kind · € amount (year) · note. */
export function costText(cost: ServiceView['cost'], lang: Lang): string {
  const amount = cost.amount !== undefined ? `€ ${cost.amount}${cost.year ? ` (${cost.year})` : ''}` : undefined;
  return [copy(lang).reason.cost[cost.kind], amount, cost.note].filter(Boolean).join(' · ');
}
