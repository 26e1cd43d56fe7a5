/**
 * @module widget/panel/render: every reply block of bot/reply.ts as semantic HTML (headings, lists,
 * buttons, links), one renderer per block type. Text goes in as text nodes only.
 */
import type { ReplyBlock } from '../../../bot/reply.ts';
import { externalLink, h, httpsUrl, mailtoUrl, row, telUrl } from './dom.ts';
import type { Strings } from './i18n.ts';

export interface RenderContext {
  t: Strings;
  /** The worker origin: handout paths are relative to it. */
  origin: string;
  /** A button was chosen: send `{ action, value }`, echo `label`. */
  act(action: string, value: string, label: string): void;
  /** Copies text to the clipboard, saying so in `status`, selecting `fallback` if blocked. */
  copy(text: string, status: HTMLElement, fallback: HTMLTextAreaElement): void;
}

type Block<T extends ReplyBlock['type']> = Extract<ReplyBlock, { type: T }>;
type Service = Block<'services'>['services'][number];
type Check = Service['checks'][number];

let seq = 0;
const uid = (p: string) => `${p}-${++seq}`;

const button = (label: string, onClick: () => void, cls = 'choice', data: Record<string, string> = {}) => {
  const b = h('button', { type: 'button', class: cls, ...data }, label);
  b.addEventListener('click', onClick);
  return b;
};

const checksBox = (t: Strings, checks: Check[]) =>
  h(
    'div',
    { class: 'check' },
    h('p', { class: 'check-title' }, h('strong', {}, t.checkBefore)),
    h('ul', {}, ...checks.map((c) => h('li', {}, c.note, httpsUrl(c.source) && h('span', {}, ' (', externalLink(httpsUrl(c.source)!, t.source, t.newTab), ')')))),
  );

function serviceCard(s: Service, ctx: RenderContext, add: Block<'services'>['add']): HTMLElement {
  const { t } = ctx;
  const id = uid('svc');
  const tel = telUrl(s.contact.phone);
  const mail = mailtoUrl(s.contact.email);
  const web = httpsUrl(s.contact.url);
  const source = httpsUrl(s.source.url);
  const contact = h(
    'ul',
    { class: 'contact' },
    tel && h('li', {}, h('a', { href: tel }, `${t.phone} ${s.contact.phone}`)),
    mail && h('li', {}, h('a', { href: mail }, `${t.email}: ${s.contact.email}`)),
    web && h('li', {}, externalLink(web, t.website, t.newTab)),
  );
  return h(
    'li',
    {},
    h(
      'article',
      { class: 'service', 'aria-labelledby': id },
      h('h3', { id }, s.name),
      h('p', { class: 'org' }, s.organization.name),
      h('p', {}, s.description),
      s.checkBeforeReferring && checksBox(t, s.checks),
      h(
        'dl',
        {},
        ...row(t.howToRefer, s.referral.how),
        ...row(t.cost, [t.costKinds[s.cost.kind], s.cost.amount !== undefined ? ` € ${s.cost.amount}` : '', s.cost.note ? ` (${s.cost.note})` : ''].join('')),
        ...row(t.languages, s.languages.map((l) => l.toUpperCase()).join(', ')),
        ...row(t.contact, contact.childElementCount ? contact : null),
      ),
      h('p', { class: 'meta' }, source ? externalLink(source, t.source, t.newTab) : t.source, ` · ${t.checked} ${s.source.checked}`),
      add && button(`${add.label}: ${s.name}`, () => ctx.act(add.action, s.id, `${add.label}: ${s.name}`), 'add', { 'data-action': add.action, 'data-value': s.id }),
    ),
  );
}

function section(title: string, cls: string, ...children: (Node | false | null | undefined | '')[]) {
  const id = uid('sec');
  return h('section', { class: cls, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

const RENDERERS: { [K in ReplyBlock['type']]: (b: Block<K>, ctx: RenderContext) => Node } = {
  text: (b) => h('p', {}, b.text),
  choices: (b, ctx) => {
    const id = uid('prompt');
    return h('div', { role: 'group', 'aria-labelledby': id }, h('p', { id }, b.prompt), h('ul', { class: 'choices' }, ...b.choices.map((c) => h('li', {}, button(c.label, () => ctx.act(c.action, c.value, c.label), 'choice', { 'data-action': c.action, 'data-value': c.value })))));
  },
  multiChoice: (b, ctx) => {
    const boxes = b.options.map((o) => {
      const id = uid('opt');
      const input = h('input', { type: 'checkbox', id, value: o.value });
      return { input, item: h('li', {}, input, h('label', { for: id }, o.label)) };
    });
    const submit = button(b.submitLabel, () => {
      const chosen = boxes.filter((x) => x.input.checked);
      ctx.act(b.action, chosen.map((x) => x.input.value).join(','), chosen.map((x) => x.item.textContent).join(', ') || b.submitLabel);
    });
    return h('fieldset', { class: 'multi' }, h('legend', {}, b.prompt), h('ul', {}, ...boxes.map((x) => x.item)), submit);
  },
  needs: (b, ctx) => {
    const id = uid('prompt');
    return h(
      'div',
      { role: 'group', 'aria-labelledby': id },
      h('p', { id }, b.prompt),
      h('ul', { class: 'needs' }, ...b.needs.map((n) => {
        const sid = uid('sum');
        const btn = button(n.title, () => ctx.act('need', n.id, n.title), 'choice', { 'data-action': 'need', 'data-value': n.id });
        btn.setAttribute('aria-describedby', sid);
        return h('li', {}, btn, h('p', { id: sid, class: 'summary' }, n.summary));
      })),
    );
  },
  redFlag: (b, ctx) =>
    section(`${ctx.t.urgent}: ${b.title}`, 'red-flag', h('p', {}, b.signs), h('p', {}, h('strong', {}, `${ctx.t.whatToDo}: `), b.action)),
  guidance: ({ guidance: g }, { t }) =>
    section(
      g.title,
      'guidance',
      g.checkBeforeReferring && checksBox(t, g.checks),
      h('h3', {}, t.firstSteps), h('p', {}, g.firstSteps),
      g.rules && h('h3', {}, t.rules), g.rules && h('p', {}, g.rules),
      h('h3', {}, t.tellPatient), h('p', {}, g.tellPatient),
      g.redFlags && h('h3', {}, t.redFlags), g.redFlags && h('p', {}, g.redFlags),
      g.sources.length > 0 && h('h3', {}, t.sources),
      g.sources.length > 0 && h('ul', {}, ...g.sources.map((s) => h('li', {}, httpsUrl(s.url) ? externalLink(httpsUrl(s.url)!, s.title, t.newTab) : s.title))),
      h('p', { class: 'meta' }, `${t.reviewed} ${g.reviewed}`),
    ),
  services: (b, ctx) => section(ctx.t.services, 'services', h('ol', { class: 'cards' }, ...b.services.map((s) => serviceCard(s, ctx, b.add)))),
  plan: (b, ctx) => {
    const status = h('p', { class: 'status', role: 'status' });
    const fallback = h('textarea', { readonly: '', class: 'plan-text', 'aria-label': ctx.t.planText, hidden: '' });
    fallback.value = b.text;
    const links = b.handout.flatMap((x) => {
      if (!x.path.startsWith('/') || x.path.startsWith('//')) return [];
      const url = new URL(x.path, ctx.origin);
      return url.origin === ctx.origin ? [h('li', {}, h('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer', lang: x.lang, hreflang: x.lang }, `${ctx.t.handout}: ${x.label}`, h('span', { class: 'sr-only' }, ` ${ctx.t.newTab}`)))] : [];
    });
    return section(
      b.title,
      'plan',
      h('ul', {}, ...b.items.map((i) => h('li', {}, h('strong', {}, i.need.title), h('ul', {}, ...i.services.map((s) => h('li', {}, s.name, s.phone ? ` · ${s.phone}` : '')))))),
      button(ctx.t.copy, () => ctx.copy(b.text, status, fallback), 'copy'),
      status,
      fallback,
      links.length > 0 && h('ul', { class: 'handouts' }, ...links),
    );
  },
};

/** The nodes for a turn's replies, in order; an unknown block type (a newer engine) is skipped. */
export function renderBlocks(blocks: ReplyBlock[], ctx: RenderContext): Node[] {
  return blocks.flatMap((b) => {
    const render = RENDERERS[b.type] as ((b: ReplyBlock, ctx: RenderContext) => Node) | undefined;
    return render ? [render(b, ctx)] : [];
  });
}
