/**
 * @module widget/color: the accent colour a host gives, made safe to use: a #rrggbb value that white
 * text on it meets WCAG AA contrast (4.5:1); a light accent is darkened until it does.
 */

export const DEFAULT_ACCENT = '#0b5cad';

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of white on the colour. */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The accent to use: the given colour (#rgb or #rrggbb) darkened as needed for 4.5:1 with white; the default if invalid. */
export function accessibleAccent(input: string | null | undefined): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((input ?? '').trim());
  if (!m) return DEFAULT_ACCENT;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  let rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const toHex = () => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  for (let i = 0; i < 40 && contrastWithWhite(toHex()) < 4.6; i++) rgb = rgb.map((v) => v * 0.92);
  return toHex();
}
