/**
 * @module worker/channels/teams-cards: the engine's reply blocks as Adaptive Cards. Cards declare
 * version 1.5 but use 1.2 elements only, with 1.5 styling that older clients ignore (headings also
 * bold) and a `fallbackText`, so Teams clients on 1.2/1.4 still show the full content. Each interactive
 * block (choices, multiChoice, needs) gets its own card, so choosing can update that card in place
 * without losing the content sent beside it.
 */
import { copy, costText, type Lang, type ReplyBlock, type ServiceView } from '../../bot/index.ts';
import { teamsCopy } from './teams-copy.ts';

export type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
  fallbackText: string;
  msteams: { width: 'Full' };
}
/** What a button sends back: the engine's `{ action, value }`, plus what the in-place update shows. */
export interface CardData {
  action: string;
  value?: string;
  /** Present on interactive cards: the prompt and choice label, so the card can be updated in place. */
  prompt?: string;
  label?: string;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A card around `body`; `fallbackText` is the card's text for clients that cannot render it. */
export function card(body: Element[], actions: Element[] = []): AdaptiveCard {
  const fallbackText = body.flatMap(function texts(e): string[] {
    return [...(typeof e['text'] === 'string' ? [e['text']] : []), ...((e['items'] as Element[] | undefined) ?? []).flatMap(texts)];
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length && { actions }),
    fallbackText: fallbackText.join('\n').slice(0, 2000),
    msteams: { width: 'Full' },
  };
}

const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
const heading = (value: string): Element => text(value, { style: 'heading', weight: 'bolder', size: 'medium' });
const submit = (title: string, data: CardData): Element => ({ type: 'Action.Submit', title, data });
const openUrl = (title: string, url: string): Element => ({ type: 'Action.OpenUrl', title, url });
const facts = (pairs: [string, string | undefined][]): Element => ({
  type: 'FactSet',
  facts: pairs.filter((p): p is [string, string] => Boolean(p[1])).map(([title, value]) => ({ title, value })),
});

/** One service: name, organization, what it is, how to refer, cost, contact, source, checks. */
export function serviceElements(s: ServiceView, lang: Lang, add?: { label: string; action: string }): Element[] {
  const t = teamsCopy(lang);
  const actions = [...(s.contact.url ? [openUrl(t.website, s.contact.url)] : []), ...(add ? [submit(add.label, { action: add.action, value: s.id })] : [])];
  return [
    text(s.name, { weight: 'bolder', size: 'medium' }),
    text(s.organization.name, { isSubtle: true, spacing: 'none' }),
    text(s.description),
    facts([
      [t.howToRefer, s.referral.how],
      [t.cost, costText(s.cost, lang)],
      [t.phone, s.contact.phone],
      [t.email, s.contact.email],
      [t.checked, s.source.checked],
    ]),
    ...(s.checkBeforeReferring ? [text(`⚠ ${copy(lang).checkBeforeReferring}: ${s.checks.map((c) => c.note).join(' ')}`, { color: 'warning' })] : []),
    ...(actions.length ? [{ type: 'ActionSet', actions }] : []),
  ];
}

/** A card for one service (the message extension inserts it). */
export const serviceCard = (s: ServiceView, lang: Lang): AdaptiveCard => card(serviceElements(s, lang));

type Content = Exclude<ReplyBlock, { type: 'choices' | 'multiChoice' | 'needs' }>;
type Interactive = Extract<ReplyBlock, { type: 'choices' | 'multiChoice' | 'needs' }>;

/** Content blocks as card elements, by block type. */
const CONTENT: { [K in Content['type']]: (b: Extract<Content, { type: K }>, lang: Lang, origin: string) => Element[] } = {
  text: (b) => [text(b.text)],
  redFlag: (b) => [{ type: 'Container', style: 'attention', items: [heading(`⚠ ${b.title}`), text(b.signs), text(b.action, { weight: 'bolder' })] }],
  guidance: ({ guidance: g }, lang) => {
    const t = teamsCopy(lang);
    return [
      heading(g.title),
      facts([[t.firstSteps, g.firstSteps], [t.rules, g.rules], [t.tellPatient, g.tellPatient], [t.redFlags, g.redFlags]]),
      ...(g.sources.length ? [text(`${t.sources}: ${g.sources.map((s) => `[${s.title}](${s.url})`).join(' · ')}`, { size: 'small', isSubtle: true })] : []),
    ];
  },
  services: (b, lang) => b.services.map((s, i) => ({ type: 'Container', separator: i > 0, spacing: 'large', items: serviceElements(s, lang, b.add) })),
  plan: (b, lang, origin) => [
    heading(b.title),
    ...b.items.flatMap((item) => [
      text(item.need.title, { weight: 'bolder' }),
      ...item.services.map((s) => text(`• ${[s.name, s.phone, s.email].filter(Boolean).join(' · ')}: ${s.how}`)),
    ]),
    text(teamsCopy(lang).planText, { weight: 'bolder', spacing: 'large' }),
    text(b.text, { fontType: 'monospace' }),
    { type: 'ActionSet', actions: b.handout.map((h) => openUrl(h.label, new URL(h.path, origin).href)) },
  ],
};

/** The most actions Teams shows in one action set (its host config's maxActions). */
const MAX_ACTIONS = 5;

/** Interactive blocks as one card each; every button carries what the in-place update shows. */
const INTERACTIVE: { [K in Interactive['type']]: (b: Extract<Interactive, { type: K }>) => AdaptiveCard } = {
  choices: (b) => {
    const actions = b.choices.map((c) => submit(c.label, { action: c.action, value: c.value, prompt: b.prompt, label: c.label }));
    if (actions.length <= MAX_ACTIONS) return card([text(b.prompt, { weight: 'bolder' })], actions);
    // Teams shows at most 5 actions per set: more choices go in the body, 5 to a set.
    const sets = Array.from({ length: Math.ceil(actions.length / MAX_ACTIONS) }, (_, i) => ({ type: 'ActionSet', actions: actions.slice(i * MAX_ACTIONS, (i + 1) * MAX_ACTIONS) }));
    return card([text(b.prompt, { weight: 'bolder' }), ...sets]);
  },
  multiChoice: (b) =>
    card(
      [
        text(b.prompt, { weight: 'bolder' }),
        { type: 'Input.ChoiceSet', id: 'value', isMultiSelect: true, style: 'expanded', choices: b.options.map((o) => ({ title: o.label, value: o.value })) },
      ],
      [submit(b.submitLabel, { action: b.action, prompt: b.prompt, label: b.submitLabel })],
    ),
  needs: (b) =>
    card([
      text(b.prompt, { weight: 'bolder' }),
      ...b.needs.map((n) => ({
        type: 'Container',
        separator: true,
        selectAction: submit(n.title, { action: 'need', value: n.id, prompt: b.prompt, label: n.title }),
        items: [text(n.title, { weight: 'bolder', color: 'accent' }), text(n.summary, { isSubtle: true, spacing: 'none' })],
      })),
    ]),
};

const isInteractive = (b: ReplyBlock): b is Interactive => b.type in INTERACTIVE;

/** One turn's replies as cards: content blocks gathered in order, each interactive block on its own card. */
export function turnCards(blocks: ReplyBlock[], lang: Lang, origin: string): AdaptiveCard[] {
  const cards: AdaptiveCard[] = [];
  let content: Element[] = [];
  const flush = () => {
    if (content.length) cards.push(card(content));
    content = [];
  };
  for (const block of blocks) {
    if (isInteractive(block)) {
      flush();
      cards.push((INTERACTIVE[block.type] as (b: Interactive) => AdaptiveCard)(block));
    } else content.push(...(CONTENT[block.type] as (b: Content, l: Lang, o: string) => Element[])(block, lang, origin));
  }
  flush();
  return cards;
}

/** What an answered card becomes: its prompt and the choice made, without buttons. */
export const answeredCard = (data: CardData, lang: Lang): AdaptiveCard =>
  card([text(data.prompt ?? '', { weight: 'bolder' }), text(`✓ ${teamsCopy(lang).chosen}: ${data.label ?? ''}`, { color: 'good', spacing: 'small' })]);
