/**
 * @module bot/plan: the referral plan: chosen needs with their services, the plan block every channel
 * shows, the text to paste in a patient file, and the handout link (`/handout?lang=..&item=need:svc,svc`),
 * which carries the whole plan in its parameters so nothing is stored.
 */
import type { Lang } from '../knowledge/schema.ts';
import { LANGS } from '../knowledge/schema.ts';
import { copy } from './copy/index.ts';
import type { KnowledgeBase } from './knowledge.ts';
import type { ReplyBlock } from './reply.ts';
import type { ConversationState } from './state.ts';

export type Plan = ConversationState['plan'];
type PlanBlock = Extract<ReplyBlock, { type: 'plan' }>;

/** Adds a service under `needId` (or the service's first need); a service already in the plan stays once. */
export function addToPlan(kb: KnowledgeBase, plan: Plan, serviceId: string, needId: string | undefined): Plan {
  const service = kb.services.get(serviceId);
  if (!service || plan.some((item) => item.serviceIds.includes(serviceId))) return plan;
  const under = needId && service.needs.includes(needId) ? needId : service.needs[0]!;
  const exists = plan.some((item) => item.needId === under);
  return exists
    ? plan.map((item) => (item.needId === under ? { ...item, serviceIds: [...item.serviceIds, serviceId] } : item))
    : [...plan, { needId: under, serviceIds: [serviceId] }];
}

export function removeFromPlan(plan: Plan, serviceId: string): Plan {
  return plan.map((item) => ({ ...item, serviceIds: item.serviceIds.filter((id) => id !== serviceId) })).filter((item) => item.serviceIds.length > 0);
}

/** The plan's items in `lang`, skipping ids the knowledge base no longer has. */
export function planItems(kb: KnowledgeBase, plan: Plan, lang: Lang): PlanBlock['items'] {
  return plan.flatMap((item) => {
    const need = kb.needs.get(item.needId);
    if (!need) return [];
    const services = item.serviceIds.flatMap((id) => {
      const s = kb.services.get(id);
      if (!s) return [];
      return [
        {
          id: s.id,
          name: s.name[lang],
          ...(s.contact.phone && { phone: s.contact.phone }),
          ...(s.contact.email && { email: s.contact.email }),
          ...(s.contact.url && { url: s.contact.url }),
          how: s.referral.how[lang],
          checkBeforeReferring: (s.checks ?? []).length > 0,
        },
      ];
    });
    return services.length ? [{ need: { id: need.id, title: need.title[lang] }, services }] : [];
  });
}

/** The plan as plain text, ready to paste in a patient file. */
export function planText(items: PlanBlock['items'], lang: Lang): string {
  const t = copy(lang).chat;
  const lines = [`${t.planTitle}`];
  for (const item of items) {
    lines.push('', `${item.need.title}`);
    for (const s of item.services) {
      lines.push(`- ${s.name}${s.checkBeforeReferring ? ` (${t.planText.check})` : ''}`);
      if (s.phone) lines.push(`  ${t.planText.phone}: ${s.phone}`);
      if (s.email) lines.push(`  ${t.planText.email}: ${s.email}`);
      if (s.url) lines.push(`  ${t.planText.web}: ${s.url}`);
      lines.push(`  ${t.planText.how}: ${s.how}`);
    }
  }
  return lines.join('\n');
}

/** The handout's parameters: `item=need:service,service` per need. */
export const handoutPath = (plan: Plan, lang: Lang): string =>
  `/handout?${new URLSearchParams([['lang', lang], ...plan.map((i): [string, string] => ['item', `${i.needId}:${i.serviceIds.join(',')}`])])}`;

/** Parses `need:service,service` (the inverse of handoutPath's items); undefined when malformed. */
export function parseHandoutItem(item: string): Plan[number] | undefined {
  const m = /^([a-z]+\.[a-z0-9-]+):([a-z0-9-]+(?:,[a-z0-9-]+)*)$/.exec(item);
  return m ? { needId: m[1]!, serviceIds: m[2]!.split(',') } : undefined;
}

/** The plan block: items, paste-ready text, handouts with the patient's language first. */
export function planBlock(kb: KnowledgeBase, state: ConversationState): PlanBlock {
  const t = copy(state.lang).chat;
  const items = planItems(kb, state.plan, state.lang);
  const first = [state.patientLang, state.lang].filter((l): l is Lang => (LANGS as readonly string[]).includes(l ?? ''));
  const order = [...new Set([...first, ...LANGS])];
  return {
    type: 'plan',
    title: t.planTitle,
    items,
    text: planText(items, state.lang),
    handout: order.map((lang) => ({ lang, label: t.handoutIn[lang], path: handoutPath(state.plan, lang) })),
  };
}
