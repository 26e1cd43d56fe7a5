/**
 * @module bot/summary: a lookup answer as a ready-to-post summary, in plain text and in markdown (never HTML):
 * red flags first, first steps, then the services with how to refer, contact, cost, source, and any fact to
 * check before referring.
 */
import { copy } from './copy/index.ts';
import { costText } from './present.ts';
import type { LookupAnswer } from './one-shot.ts';
import type { Context } from './types.ts';
import type { ServiceView } from './views.ts';

export interface Summary {
  text: string;
  markdown: string;
}

interface Format {
  /** Knowledge text as it may appear (markdown: punctuation that would format, or open a tag, is escaped). */
  esc: (s: string) => string;
  strong: (s: string) => string;
}

const FORMATS: Record<keyof Summary, Format> = {
  text: { esc: (s) => s, strong: (s) => s },
  markdown: { esc: (s) => s.replace(/[\\`*_[\]{}<>#|~]/g, '\\$&'), strong: (s) => `**${s}**` },
};

/** How many guidance entries the summary quotes (the response carries them all). */
const GUIDANCE_IN_SUMMARY = 2;

function serviceLines(s: ServiceView, i: number, lang: Context['lang'], f: Format): string[] {
  const t = copy(lang);
  const contact = [s.contact.phone, s.contact.email, s.contact.url].filter(Boolean).join(' · ');
  return [
    `${i + 1}. ${f.strong(f.esc(s.name))} (${f.esc(s.organization.name)})`,
    `   ${t.summary.refer}: ${f.esc(s.referral.how)}`,
    ...(contact ? [`   ${contact}`] : []),
    `   ${t.summary.cost}: ${f.esc(costText(s.cost, lang))}`,
    ...s.checks.map((c) => `   ⚠ ${f.strong(t.checkBeforeReferring)}: ${f.esc(c.note)}`),
    `   ${t.summary.source}: ${s.source.url} (${t.summary.checked} ${s.source.checked})`,
  ];
}

function render(answer: LookupAnswer, ctx: Context & { postalCode?: string }, f: Format): string {
  const t = copy(ctx.lang);
  if (answer.needs.length === 0) return `${t.summary.noNeed}\n\n${t.summary.disclaimer}`;
  const [first, ...others] = answer.needs;
  const where = ctx.postalCode ? `${t.summary.postalCode} ${ctx.postalCode}` : ctx.place && t.summary.region[ctx.place.region];
  const context = [ctx.audience && t.reason.audienceYes[ctx.audience], where].filter(Boolean).join(', ');
  const lines = [`${f.strong(`${t.summary.heading}: ${f.esc(first!.title)}`)}${context ? ` (${context})` : ''}`];
  if (others.length) lines.push(`${t.summary.alsoMatched}: ${others.map((n) => f.esc(n.title)).join(', ')}`);
  for (const need of answer.needs.filter((n) => n.redFlag)) {
    lines.push('', `⚠ ${f.strong(t.summary.urgent)} (${f.esc(need.title)}): ${f.esc(need.redFlag!.signs)} → ${f.esc(need.redFlag!.action)}`);
  }
  if (answer.guidance.length) {
    lines.push('', f.strong(t.summary.firstSteps));
    for (const g of answer.guidance.slice(0, GUIDANCE_IN_SUMMARY)) {
      lines.push(`- ${f.strong(f.esc(g.title))}: ${f.esc(g.firstSteps)}`, ...g.checks.map((c) => `  ⚠ ${f.strong(t.checkBeforeReferring)}: ${f.esc(c.note)}`));
    }
  }
  lines.push('', f.strong(t.summary.services));
  if (answer.services.length === 0) lines.push(t.summary.noServices);
  answer.services.forEach((s, i) => lines.push(...serviceLines(s, i, ctx.lang, f)));
  lines.push('', t.summary.disclaimer);
  return lines.join('\n');
}

/** The summary of a lookup answer for the context it was asked in (postal code shown as given). */
export function summarize(answer: LookupAnswer, ctx: Context & { postalCode?: string }): Summary {
  return { text: render(answer, ctx, FORMATS.text), markdown: render(answer, ctx, FORMATS.markdown) };
}
