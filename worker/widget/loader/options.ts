/** @module widget/loader/options: the embed options, read once from the script tag's data attributes and the page. */
import { accessibleAccent } from '../color.ts';
import { pickLang, type WidgetLang } from '../protocol.ts';

export interface Options {
  /** Our origin: where widget.js came from; the panel is loaded from it and messages are pinned to it. */
  origin: string;
  lang: WidgetLang;
  position: 'right' | 'left';
  accent: string;
  /** Empty: the default localized title. */
  title: string;
  /** Inline mode: render into this element instead of a floating launcher. */
  container: Element | null;
}

/** The script tag that loaded us (currentScript is set while an async classic script runs). */
export function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget.js"]');
}

/** Reads the options: data-lang, then the page's lang, then the browser's languages. */
export function readOptions(script: HTMLScriptElement | null): Options {
  const data = script?.dataset ?? {};
  const selector = data['container'];
  let container: Element | null = null;
  try {
    container = selector ? document.querySelector(selector) : null;
  } catch {
    console.warn(`widget.js: data-container "${selector}" is not a valid CSS selector; using the floating launcher.`);
  }
  return {
    origin: new URL(script?.src ?? location.href, location.href).origin,
    lang: pickLang([data['lang'], document.documentElement.lang, ...navigator.languages]),
    position: data['position'] === 'left' ? 'left' : 'right',
    accent: accessibleAccent(data['accent']),
    title: (data['title'] ?? '').trim().slice(0, 60),
    container,
  };
}
