/**
 * @module widget/protocol: the postMessage protocol between the loader (host page) and the panel (our
 * iframe). Every message type carries the `scra:` prefix; both sides pin the other's origin (never '*').
 */

export const PREFIX = 'scra:';
export const WIDGET_LANGS = ['nl', 'fr', 'en'] as const;
export type WidgetLang = (typeof WIDGET_LANGS)[number];

/** Host -> panel. */
/** `modal`: the panel covers the whole screen (narrow viewport), so Tab cycles inside it. */
export type HostMessage = { type: 'scra:focus'; modal: boolean } | { type: 'scra:lang'; lang: WidgetLang };
/** Panel -> host. */
export type PanelMessage = { type: 'scra:ready' } | { type: 'scra:close' } | { type: 'scra:lang'; lang: WidgetLang };

/** True for a language the widget speaks. */
export const isLang = (v: unknown): v is WidgetLang => typeof v === 'string' && (WIDGET_LANGS as readonly string[]).includes(v);

/** Reads a message of our protocol, or undefined for anything else (other scripts post messages too). */
export function readMessage<T extends { type: string }>(data: unknown): T | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith(PREFIX) ? (data as T) : undefined;
}

/** The first of the candidates (language tags) the widget speaks, else English. */
export function pickLang(candidates: readonly (string | null | undefined)[]): WidgetLang {
  for (const c of candidates) {
    const base = (c ?? '').split('-')[0]!.toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}
