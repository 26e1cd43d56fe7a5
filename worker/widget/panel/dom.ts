/**
 * @module widget/panel/dom: the only way the panel makes DOM: elements with text children (always text
 * nodes, never HTML) and links limited to https, tel and mailto.
 */

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes, so data is always escaped. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** An https URL as a string, or undefined for anything else (javascript:, data:, http:, relative...). */
export function httpsUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** tel: for a phone number (digits and a leading +), or undefined if it has no digits. */
export function telUrl(phone: string | undefined): string | undefined {
  const digits = (phone ?? '').replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

/** mailto: for a plain address, or undefined. */
export const mailtoUrl = (email: string | undefined) => (email && /^[^\s@<>"'?&]+@[^\s@<>"'?&]+\.[a-z]{2,}$/i.test(email) ? `mailto:${email}` : undefined);

/** A link that opens outside the panel: https in a new tab without opener or referrer. */
export function externalLink(href: string, text: string, newTab: string): HTMLAnchorElement {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text, h('span', { class: 'sr-only' }, ` ${newTab}`));
}

/** A definition-list row, or nothing when the value is empty. */
export const row = (term: string, ...value: Child[]) => (value.some(Boolean) ? [h('dt', {}, term), h('dd', {}, ...value)] : []);
