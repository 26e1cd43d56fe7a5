/**
 * @module widget/loader: widget.js, the one tag a host page adds. Draws a labelled launcher in a shadow
 * root (host CSS cannot reach it), opens the chat panel as an iframe from our origin on first use, talks
 * to it over the `scra:` postMessage protocol with both origins pinned, and exposes
 * `window.SupportiveCareWidget` { open, close, toggle, setLanguage }. Idempotent: a second tag or a page
 * swap re-attaches the one widget instead of adding another.
 */
import { isLang, readMessage, type HostMessage, type PanelMessage, type WidgetLang } from '../protocol.ts';
import { ownScript, readOptions } from './options.ts';
import { CSS } from './style.ts';

export interface WidgetApi {
  open(): void;
  close(): void;
  toggle(): void;
  setLanguage(lang: string): void;
  /** Re-attaches the widget if a page swap removed it (called by a repeated loader run). */
  ensure(): void;
}
declare global {
  interface Window {
    SupportiveCareWidget?: WidgetApi;
  }
}

const TITLES: Record<WidgetLang, string> = { nl: 'Ondersteunende zorg', fr: 'Soins de support', en: 'Supportive care' };
const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';

function start(script: HTMLScriptElement | null): WidgetApi {
  const opts = readOptions(script);
  const inline = opts.container !== null;
  const host = document.createElement('scra-widget');
  host.style.setProperty('--scra-accent', opts.accent, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = `root ${opts.position}${inline ? ' inline' : ''}`;
  shadow.append(root);

  let lang = opts.lang;
  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let isOpen = false;
  const title = () => opts.title || TITLES[lang];

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'scra-frame');
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', CHAT_ICON);
  svg.append(path);
  const label = document.createElement('span');
  launcher.append(svg, label);
  const relabel = () => {
    label.textContent = title();
    frame?.setAttribute('title', title());
  };
  relabel();
  if (!inline) root.append(launcher);

  const post = (msg: HostMessage) => frame?.contentWindow?.postMessage(msg, opts.origin);

  function ensureFrame(): HTMLIFrameElement {
    if (frame) return frame;
    frame = document.createElement('iframe');
    frame.id = 'scra-frame';
    frame.className = 'frame';
    frame.allow = 'clipboard-write';
    const q = new URLSearchParams({ origin: location.origin, lang, accent: opts.accent, mode: inline ? 'inline' : 'float' });
    if (opts.title) q.set('title', opts.title);
    frame.src = `${opts.origin}/widget/panel?${q}`;
    relabel();
    root.append(frame);
    return frame;
  }

  const handlers: { [K in PanelMessage['type']]: (m: Extract<PanelMessage, { type: K }>) => void } = {
    'scra:ready': () => {
      ready = true;
      if (isOpen && !inline) focusPanel();
    },
    'scra:close': () => close(),
    'scra:lang': (m) => {
      if (isLang(m.lang)) (lang = m.lang), relabel();
    },
  };
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== opts.origin || !frame || e.source !== frame.contentWindow) return;
    const msg = readMessage<PanelMessage>(e.data);
    const handle = msg && (handlers[msg.type] as ((m: PanelMessage) => void) | undefined);
    handle?.(msg!);
  });

  function focusPanel() {
    frame?.focus();
    post({ type: 'scra:focus', modal: !inline && matchMedia('(max-width: 600px)').matches });
  }
  function open() {
    ensureFrame();
    if (inline) return focusPanel();
    isOpen = true;
    root.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    if (ready) focusPanel();
  }
  function close() {
    if (inline || !isOpen) return;
    isOpen = false;
    root.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }
  launcher.addEventListener('click', () => (isOpen ? close() : open()));
  shadow.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && isOpen) close();
  });

  const ensure = () => {
    if (host.isConnected) return;
    (opts.container ?? document.body).append(host);
  };
  ensure();
  if (inline) ensureFrame();
  return {
    open,
    close,
    toggle: () => (isOpen ? close() : open()),
    setLanguage(next: string) {
      if (!isLang(next)) return console.warn(`SupportiveCareWidget.setLanguage: "${next}" is not one of nl, fr, en.`);
      lang = next;
      relabel();
      post({ type: 'scra:lang', lang: next });
    },
    ensure,
  };
}

// currentScript is only set now, while this script runs. Start once the page's own deferred scripts have
// run (they may set <html lang>): at DOMContentLoaded, or at load if we ran after it; boot is idempotent.
const script = ownScript();
const boot = () => (window.SupportiveCareWidget ? window.SupportiveCareWidget.ensure() : (window.SupportiveCareWidget = start(script)));
if (document.readyState === 'complete') boot();
else {
  document.addEventListener('DOMContentLoaded', boot, { once: true });
  window.addEventListener('load', boot, { once: true });
}
