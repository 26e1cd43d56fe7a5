/**
 * Every card the Teams bot can send, rendered with the official `adaptivecards` renderer in headless
 * chromium: parsed without validation events, validated without failures, rendered to visible text.
 * The cards come from real engine turns in nl, fr and en, plus every reply block type built from real
 * knowledge entries, the answered-card update, the message extension results and the webhook answer.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respond, type Lang, type ReplyBlock, type TurnInput } from '../../bot/index.ts';
import { answeredCard, serviceCard, turnCards, type AdaptiveCard } from '../../worker/channels/teams-cards.ts';
import { queryExtension, selectExtensionItem } from '../../worker/channels/teams-extension.ts';
import { webhookAnswer } from '../../worker/channels/teams-webhook.ts';
import { knowledge } from '../../worker/knowledge.ts';
import { launchChromium } from './chromium.ts';

const ORIGIN = 'https://assistant.example';
const LANGS: Lang[] = ['nl', 'fr', 'en'];

/** A scripted conversation: free text, then the first choice while the last block is `choices`, until services. */
function conversationBlocks(lang: Lang): ReplyBlock[][] {
  const kb = knowledge();
  const turns: ReplyBlock[][] = [];
  let turn = respond(kb, undefined, undefined, lang);
  turns.push(turn.replies);
  let input: TurnInput | undefined = { text: lang === 'nl' ? 'altijd moe na de chemo' : lang === 'fr' ? 'fatigue après la chimio' : 'tired after chemo' };
  for (let i = 0; i < 10 && input; i++) {
    turn = respond(kb, turn.state, input, lang);
    turns.push(turn.replies);
    if (turn.replies.some((b) => b.type === 'services')) break;
    const last = turn.replies.at(-1);
    input = last?.type === 'choices' ? { action: last.choices[0]!.action, value: last.choices[0]!.value } : undefined;
  }
  return turns;
}

/** One block of every type, from real knowledge entries (the engine may not produce each type yet). */
function everyBlockType(lang: Lang): ReplyBlock[] {
  const kb = knowledge();
  const turns = conversationBlocks(lang).flat();
  const services = turns.find((b) => b.type === 'services')!;
  const guidance = turns.find((b) => b.type === 'guidance');
  const flagged = [...kb.needs.values()].find((n) => n.redFlag)!;
  const svc = services.type === 'services' ? services.services : [];
  return [
    { type: 'text', text: 'Hello' },
    { type: 'redFlag', title: 'Urgent', signs: flagged.redFlag!.signs[lang], action: flagged.redFlag!.action[lang] },
    ...(guidance ? [guidance] : []),
    { ...(services as Extract<ReplyBlock, { type: 'services' }>), add: { label: 'Add to plan', action: 'add' } },
    { type: 'choices', prompt: 'Who needs the help?', choices: [{ label: 'Adult', action: 'audience', value: 'adult' }] },
    { type: 'multiChoice', prompt: 'Which problems?', action: 'problems', submitLabel: 'Show', options: [{ label: 'Pain', value: 'med.pain' }, { label: 'Fatigue', value: 'med.fatigue' }] },
    { type: 'needs', prompt: 'Which need?', needs: [{ id: 'med.fatigue', domain: 'medical', title: 'Fatigue', summary: 'Tired all the time' }] },
    {
      type: 'plan',
      title: 'Referral plan',
      items: [{ need: { id: 'med.fatigue', title: 'Fatigue' }, services: svc.slice(0, 2).map((s) => ({ id: s.id, name: s.name, phone: s.contact.phone, how: s.referral.how, checkBeforeReferring: s.checkBeforeReferring })) }],
      text: 'Fatigue: ...',
      handout: [{ lang, label: 'Print', path: `/handout?lang=${lang}&services=${svc[0]!.id}` }],
    },
  ];
}

function allCards(): { name: string; card: AdaptiveCard }[] {
  const kb = knowledge();
  const out: { name: string; card: AdaptiveCard }[] = [];
  for (const lang of LANGS) {
    conversationBlocks(lang).forEach((blocks, i) => turnCards(blocks, lang, ORIGIN).forEach((card, j) => out.push({ name: `${lang} turn ${i} card ${j}`, card })));
    turnCards(everyBlockType(lang), lang, ORIGIN).forEach((card, j) => out.push({ name: `${lang} every block type, card ${j}`, card }));
    out.push({ name: `${lang} answered card`, card: answeredCard({ action: 'audience', value: 'adult', prompt: 'Who?', label: 'Adult' }, lang) });
    const query = queryExtension({ parameters: [{ name: 'query', value: 'fatigue' }] }, lang).composeExtension!;
    for (const a of query.attachments ?? []) out.push({ name: `${lang} extension result ${a.preview?.content.title}`, card: a.content as AdaptiveCard });
    const need = selectExtensionItem({ kind: 'need', id: 'med.fatigue' }, lang).composeExtension!.attachments![0]!;
    out.push({ name: `${lang} extension need insert`, card: need.content as AdaptiveCard });
    const answer = webhookAnswer('fatigue', lang).attachments?.[0];
    if (answer) out.push({ name: `${lang} webhook card`, card: answer.content as AdaptiveCard });
  }
  for (const service of [...kb.services.values()].slice(0, 20)) {
    const card = selectExtensionItem({ kind: 'service', id: service.id }, 'en').composeExtension!.attachments![0]!.content as AdaptiveCard;
    out.push({ name: `service card ${service.id}`, card });
  }
  expect(serviceCard).toBeTypeOf('function');
  return out;
}

interface Rendered {
  parseEvents: string[];
  validationFailures: string[];
  text: string;
  buttons: number;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js') });
}, 60_000);
afterAll(async () => browser?.close());

/** Parses, validates and renders one card in the page with the official renderer. */
const render = (card: AdaptiveCard, as?: '1.2' | '1.4'): Promise<Rendered> =>
  page.evaluate(({ json, as }) => {
    const AC = (window as unknown as { AdaptiveCards: any }).AdaptiveCards; // eslint-disable-line @typescript-eslint/no-explicit-any
    const adaptive = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(as === '1.2' ? AC.Versions.v1_2 : as === '1.4' ? AC.Versions.v1_4 : undefined);
    adaptive.parse(json, context);
    const parseEvents: string[] = [];
    for (let i = 0; i < context.eventCount; i++) parseEvents.push(context.getEventAt(i).message);
    const validationFailures = adaptive.validateProperties().validationEvents.map((e: { message: string }) => e.message);
    const element = adaptive.render() as HTMLElement | undefined;
    const host = document.getElementById('host')!;
    host.replaceChildren(...(element ? [element] : []));
    return { parseEvents, validationFailures, text: host.innerText, buttons: host.querySelectorAll('button, [role=button]').length };
  }, { json: card as unknown as Record<string, unknown>, as });

describe('Teams cards in the official adaptivecards renderer (headless chromium)', () => {
  const cards = allCards();

  it('covers every card the bot can send', () => {
    expect(cards.length).toBeGreaterThan(40);
    const types = new Set(cards.flatMap((c) => JSON.stringify(c.card).match(/"type":"[A-Za-z.]+"/g) ?? []));
    for (const t of ['TextBlock', 'FactSet', 'Container', 'ActionSet', 'Input.ChoiceSet', 'Action.Submit', 'Action.OpenUrl']) expect(types).toContain(`"type":"${t}"`);
  });

  it('catches what it should: an unknown element and an input without id are reported', async () => {
    const broken = { ...cards[0]!.card, body: [{ type: 'Bogus' }, { type: 'Input.ChoiceSet', choices: [{ title: 'a', value: 'a' }] }] };
    const result = await render(broken as AdaptiveCard);
    expect([...result.parseEvents, ...result.validationFailures].join(' | ')).toMatch(/Bogus/);
    expect(result.validationFailures.join(' | ')).toMatch(/id/i);
  });

  it.each(cards.map((c) => [c.name, c.card] as const))('%s renders without validation errors', async (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(card.fallbackText.length).toBeGreaterThan(0);
    const result = await render(card);
    expect(result.parseEvents).toEqual([]);
    expect(result.validationFailures).toEqual([]);
    expect(result.text.trim().length).toBeGreaterThan(0);
    const submits = (JSON.stringify(card).match(/"Action\.(Submit|OpenUrl)"/g) ?? []).length;
    if (submits) expect(result.buttons + (JSON.stringify(card).includes('selectAction') ? 1 : 0)).toBeGreaterThan(0);
    // Clients on 1.2 and 1.4 see the same content: only 1.5 styling (headings, also bold) is ignored.
    for (const older of ['1.2', '1.4'] as const) {
      const degraded = await render(card, older);
      expect(degraded.parseEvents.filter((e) => !/^Property "style" is supported in version 1\.5/.test(e))).toEqual([]);
      expect(degraded.text).toBe(result.text);
    }
  });
});
