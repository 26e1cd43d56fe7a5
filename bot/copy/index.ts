/** @module bot/copy: the strings of the engine, one module per language; `copy(lang)` picks one. */
import type { Lang } from '../../knowledge/schema.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The shape every language must fill: English is the reference. */
export type Copy = Widen<typeof en>;

const COPY: Record<Lang, Copy> = { nl, fr, en };

export const copy = (lang: Lang): Copy => COPY[lang];
