/** @module bot/text: the language-aware text pipeline shared by the index build and the query (fold, tokenize, stop words, stem). */
import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stopwords as stopNl } from '@orama/stopwords/dutch';
import { stopwords as stopFr } from '@orama/stopwords/french';
import { stopwords as stopEn } from '@orama/stopwords/english';
import type { Lang } from '../knowledge/schema.ts';

/** Lower case and strip accents: "Épuisé" -> "epuise". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits on anything that is not a letter or a digit; apostrophes split too ("d'énergie" -> "d", "énergie"). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words too common in this domain to tell needs apart, on top of each language's stop words. */
const DOMAIN_STOP = ['kanker', 'cancer', 'patient', 'patiente', 'patienten', 'patients'];

interface LanguagePipeline {
  stem: (word: string) => string;
  stop: ReadonlySet<string>;
}

const PIPELINES: Record<Lang, LanguagePipeline> = {
  nl: { stem: stemNl, stop: new Set([...stopNl, ...DOMAIN_STOP].map(fold)) },
  fr: { stem: stemFr, stop: new Set([...stopFr, ...DOMAIN_STOP].map(fold)) },
  en: { stem: stemEn, stop: new Set([...stopEn, ...DOMAIN_STOP].map(fold)) },
};

/** True when the (lower-cased) word is a stop word of the language. */
export function isStopWord(word: string, lang: Lang): boolean {
  return PIPELINES[lang].stop.has(fold(word));
}

/**
 * One index term for a word written in `lang`: stemmed with that language's stemmer (which needs the
 * accents), then folded. Returns undefined for a stop word.
 */
export function termFor(word: string, lang: Lang): string | undefined {
  const lower = word.toLowerCase();
  if (PIPELINES[lang].stop.has(fold(lower))) return undefined;
  if (/^\p{N}+$/u.test(lower)) return lower;
  return fold(PIPELINES[lang].stem(lower));
}
