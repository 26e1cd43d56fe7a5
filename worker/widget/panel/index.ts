/**
 * @module widget/panel: the chat UI inside our iframe (/widget/panel). A header (title, language,
 * new conversation, close), a `role="log"` transcript that announces answers without moving focus, and
 * a 16 px text input. Talks to the host page only over the pinned `scra:` protocol.
 */
import type { TurnInput } from '../../../bot/reply.ts';
import { accessibleAccent } from '../color.ts';
import { isLang, pickLang, readMessage, WIDGET_LANGS, type HostMessage, type PanelMessage, type WidgetLang } from '../protocol.ts';
import { Conversation } from './chat.ts';
import { copyText } from './clipboard.ts';
import { h } from './dom.ts';
import { STRINGS } from './i18n.ts';
import { renderBlocks, type RenderContext } from './render.ts';

const params = new URLSearchParams(location.search);
const NAMES: Record<WidgetLang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };
const floating = params.get('mode') !== 'inline';
const customTitle = (params.get('title') ?? '').slice(0, 60);
/** The host page's origin; the worker only serves this page framed by it (frame-ancestors). */
const hostOrigin = (() => {
  try {
    const raw = params.get('origin') ?? '';
    return new URL(raw).origin === raw ? raw : undefined;
  } catch {
    return undefined;
  }
})();
const toHost = (msg: PanelMessage) => {
  if (hostOrigin && window.parent !== window) window.parent.postMessage(msg, hostOrigin);
};

let lang = pickLang([params.get('lang'), ...navigator.languages]);
let pending = false;
const conversation = new Conversation();
document.documentElement.style.setProperty('--accent', accessibleAccent(params.get('accent')));

const title = h('h1', { id: 'title' });
const subtitle = h('p', { class: 'subtitle' });
const langSelect = h('select', { id: 'lang' }, ...WIDGET_LANGS.map((l) => h('option', { value: l, lang: l }, NAMES[l])));
const langLabel = h('label', { for: 'lang', class: 'sr-only' });
const newButton = h('button', { type: 'button', class: 'tool' });
const closeButton = h('button', { type: 'button', class: 'tool close' }, h('span', { 'aria-hidden': 'true' }, '×'));
const log = h('div', { id: 'log', role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'title', tabindex: '0' });
const input = h('input', { id: 'q', type: 'text', name: 'q', maxlength: '500', autocomplete: 'off', enterkeyhint: 'send' });
const inputLabel = h('label', { for: 'q', class: 'sr-only' });
const send = h('button', { type: 'submit', class: 'send' });
const form = h('form', { class: 'composer' }, inputLabel, input, send);
document.body.append(
  h('header', {}, h('div', { class: 'heading' }, title, subtitle), h('div', { class: 'tools' }, langLabel, langSelect, newButton, floating && closeButton)),
  h('main', {}, log, form),
);

function relabel() {
  const t = STRINGS[lang];
  document.documentElement.lang = lang;
  title.textContent = customTitle || t.title;
  subtitle.textContent = t.subtitle;
  langLabel.textContent = t.language;
  langSelect.value = lang;
  newButton.textContent = t.newConversation;
  closeButton.setAttribute('aria-label', t.close);
  inputLabel.textContent = t.inputLabel;
  input.placeholder = t.placeholder;
  send.textContent = t.send;
}

const ctx: RenderContext = {
  get t() {
    return STRINGS[lang];
  },
  origin: location.origin,
  act: (action, value, label) => void turn({ action, value }, label, true),
  copy: (text, status, fallback) => copyText(text, status, fallback, STRINGS[lang]),
};

/** One turn: echo what the user said or chose, render the answer; after a button, focus the answer. */
async function turn(inputValue: TurnInput | undefined, echo?: string, focusAnswer = false): Promise<void> {
  if (pending) return;
  pending = true;
  log.setAttribute('aria-busy', 'true');
  const t = STRINGS[lang];
  if (echo) log.append(h('p', { class: 'me' }, h('span', { class: 'sr-only' }, `${t.you} `), echo));
  const answer = h('div', { class: 'bot', tabindex: '-1' });
  try {
    const { replies } = await conversation.turn(lang, inputValue);
    answer.append(h('span', { class: 'sr-only' }, `${t.assistant} `), ...renderBlocks(replies, ctx));
  } catch (err) {
    answer.append(h('p', { class: 'error' }, t.error));
    console.warn(`widget panel: ${(err as Error).message}`);
  }
  log.append(answer);
  log.removeAttribute('aria-busy');
  pending = false;
  // Scroll the log (not the page: the header stays) so the answer starts at the top.
  if (focusAnswer) answer.focus({ preventScroll: true });
  log.scrollTop = answer.offsetTop - 8;
}

function setLang(next: WidgetLang, fromHost: boolean) {
  if (next === lang) return;
  lang = next;
  relabel();
  if (!fromHost) toHost({ type: 'scra:lang', lang });
  void turn({ action: 'lang', value: lang });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text || pending) return;
  input.value = '';
  void turn({ text }, text);
});
langSelect.addEventListener('change', () => isLang(langSelect.value) && setLang(langSelect.value, false));
newButton.addEventListener('click', () => {
  conversation.reset();
  log.replaceChildren();
  void turn(undefined).then(() => input.focus());
});
closeButton.addEventListener('click', () => toHost({ type: 'scra:close' }));
/** Full screen on a phone, the panel is modal: Tab cycles inside it instead of reaching the hidden page behind. */
let modal = false;
const FOCUSABLE = 'button, select, input, a[href], textarea:not([hidden]), [tabindex="0"]';
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && floating) return toHost({ type: 'scra:close' });
  if (e.key !== 'Tab' || !modal) return;
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const edge = e.shiftKey ? all[0] : all[all.length - 1];
  if (document.activeElement !== edge) return;
  e.preventDefault();
  (e.shiftKey ? all[all.length - 1] : all[0])?.focus();
});

const fromHost: { [K in HostMessage['type']]: (m: Extract<HostMessage, { type: K }>) => void } = {
  'scra:focus': (m) => {
    modal = m.modal === true;
    input.focus();
  },
  'scra:lang': (m) => isLang(m.lang) && setLang(m.lang, true),
};
window.addEventListener('message', (e: MessageEvent) => {
  if (!hostOrigin || e.origin !== hostOrigin || e.source !== window.parent) return;
  const msg = readMessage<HostMessage>(e.data);
  const handle = msg && (fromHost[msg.type] as ((m: HostMessage) => void) | undefined);
  handle?.(msg!);
});

relabel();
void turn(undefined).then(() => toHost({ type: 'scra:ready' }));
