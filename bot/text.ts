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

/**
 * Splits on anything that is not a letter or a digit; apostrophes split too ("d'énergie" -> "d",
 * "énergie"). Single characters ("d", "a", "5") carry no meaning here and are dropped.
 */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
}

/** Words too common in this domain to tell needs apart, on top of each language's stop words. */
const DOMAIN_STOP = ['kanker', 'cancer', 'patient', 'patiente', 'patienten', 'patients'];
/** Function words that people type in sentences and the Snowball lists lack. */
const EXTRA_STOP: Record<Lang, string[]> = {
  nl: ['erg', 'heel', 'sinds', 'steeds', 'echt', 'gewoon', 'even', 'nogal', 'beetje', 'graag', 'welke', 'waar', 'kunnen', 'moeten', 'krijgen', 'gaat', 'gaan'],
  fr: ['tout', 'toute', 'tous', 'toutes', 'tres', 'plus', 'depuis', 'comme', 'fait', 'faire', 'peut', 'encore', 'aussi', 'bien', 'chez', 'quoi', 'comment', 'quel', 'quelle', 'veut', 'avoir', 'etre', 'besoin'],
  en: ['since', 'really', 'always', 'still', 'much', 'lot', 'get', 'got', 'want', 'wants', 'need', 'needs', 'can', 'help', 'please', 'which', 'what', 'where'],
};

interface LanguagePipeline {
  stem: (word: string) => string;
  stop: ReadonlySet<string>;
}

const pipeline = (stem: (w: string) => string, stop: string[], lang: Lang): LanguagePipeline => ({
  stem,
  stop: new Set([...stop, ...DOMAIN_STOP, ...EXTRA_STOP[lang]].map(fold)),
});

const PIPELINES: Record<Lang, LanguagePipeline> = {
  nl: pipeline(stemNl, stopNl, 'nl'),
  fr: pipeline(stemFr, stopFr, 'fr'),
  en: pipeline(stemEn, stopEn, 'en'),
};

/** True when the (lower-cased) word is a stop word of the language. */
export function isStopWord(word: string, lang: Lang): boolean {
  return PIPELINES[lang].stop.has(fold(word));
}

/**
 * The index terms for a word written in `lang`: its term, and the term of the word typed without
 * accents when that stems differently ("cardiotoxicité" -> "cardiotox", "cardiotoxicite" ->
 * "cardiotoxicit"), so a query typed without accents still matches exactly.
 */
export function indexTermsFor(word: string, lang: Lang): string[] {
  const term = termFor(word, lang);
  if (!term) return [];
  const plain = termFor(fold(word), lang);
  return plain && plain !== term ? [term, plain] : [term];
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
