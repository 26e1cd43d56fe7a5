/** @module bot/copy: the strings of the engine, one module per language; `copy(lang)` picks one. */
import { LANGS, type Lang } from '../../knowledge/schema.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The shape every language must fill: English is the reference. */
export type Copy = Widen<typeof en>;

const COPY: Record<Lang, Copy> = { nl, fr, en };

export const copy = (lang: Lang): Copy => COPY[lang];

/** The answer language for a locale tag (nl-BE, fr, en-US): nl, fr or en; anything else (or none) is English. */
export function langOfLocale(locale: string | undefined): Lang {
  const base = (locale ?? '').split('-')[0]!.toLowerCase();
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}
