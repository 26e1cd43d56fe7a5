/** @module bot/search: free-text search over needs, services and guidance in nl, fr and en. */
import type { Query, SearchOptions } from 'minisearch';
import { LANGS, type Lang } from '../knowledge/schema.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { FIELD_KINDS, fieldName } from './search-options.ts';
import { fold, isStopWord, termFor, tokenize } from './text.ts';
import type { EntryKind, Hit } from './types.ts';

/** Field weights: a word in a title or synonym list says more than one in a summary. */
const FIELD_WEIGHT = { title: 2, terms: 3, text: 0.5 } as const;
/** Fields in the query's own language weigh a little more than the same words in another language. */
const OWN_LANGUAGE = 1.3;

/** Boosts for one query language (computed once per language). */
const BOOSTS = Object.fromEntries(
  LANGS.map((queryLang) => [
    queryLang,
    Object.fromEntries(
      FIELD_KINDS.flatMap((kind) => LANGS.map((lang) => [fieldName(kind, lang), FIELD_WEIGHT[kind] * (lang === queryLang ? OWN_LANGUAGE : 1)])),
    ),
  ]),
) as Record<Lang, Record<string, number>>;

/**
 * Words that set the scene rather than name a need ("since the diagnosis", "during chemo"): they
 * still count, at a third of the weight, so the words that name the need decide.
 */
const CONTEXT_WORDS: Record<Lang, string[]> = {
  nl: ['diagnose', 'chemo', 'chemotherapie', 'behandeling', 'behandelingen', 'radiotherapie', 'bestraling', 'ziekte', 'ziek', 'tijd', 'dag', 'dagen', 'hele', 'elke', 'week', 'weken'],
  fr: ['diagnostic', 'chimio', 'chimiothérapie', 'traitement', 'traitements', 'radiothérapie', 'rayons', 'maladie', 'malade', 'temps', 'jour', 'jours', 'chaque', 'semaine', 'semaines'],
  en: ['diagnosis', 'diagnosed', 'chemo', 'chemotherapy', 'treatment', 'treatments', 'radiotherapy', 'radiation', 'illness', 'ill', 'sick', 'time', 'day', 'days', 'every', 'week', 'weeks'],
};
const CONTEXT_TERMS: ReadonlySet<string> = new Set(
  LANGS.flatMap((lang) => CONTEXT_WORDS[lang].flatMap((w) => LANGS.map((l) => termFor(w, l)))).filter((t): t is string => !!t),
);
const CONTEXT_WEIGHT = 0.35;
const boostTerm = (term: string) => (CONTEXT_TERMS.has(term) ? CONTEXT_WEIGHT : 1);

/**
 * Splits an unknown Dutch compound into two known parts ("bewegingsprogramma" -> "beweging" +
 * "programma", with the linking s), preferring the most even split; undefined when none is found.
 */
function splitCompound(word: string, known: (term: string) => boolean): string[] | undefined {
  const w = word.toLowerCase();
  let best: string[] | undefined;
  let bestMin = 0;
  for (let i = 3; i <= w.length - 3; i++) {
    const right = termFor(w.slice(i), 'nl');
    if (!right || !known(right)) continue;
    const head = w.slice(0, i);
    const left = [head, head.endsWith('s') ? head.slice(0, -1) : '', head.endsWith('e') ? head.slice(0, -1) : '']
      .filter((h) => h.length >= 3)
      .map((h) => termFor(h, 'nl'))
      .find((t): t is string => !!t && known(t));
    const min = Math.min(i, w.length - i);
    if (left && min > bestMin) [best, bestMin] = [[left, right], min];
  }
  return best;
}

/** The known terms a word becomes when two neighbouring letters are swapped back (a typing slip). */
function swapRepairs(word: string, lang: Lang, known: (term: string) => boolean): string[] {
  const w = word.toLowerCase();
  const found = new Set<string>();
  for (let i = 0; i < w.length - 1; i++) {
    if (w[i] === w[i + 1]) continue;
    const candidate = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
      const term = termFor(candidate, l);
      if (term && known(term)) found.add(term);
    }
  }
  return [...found];
}

/**
 * One word's query: its nl, fr and en stems, OR-ed. Expanding typos and prefixes is what costs time, so
 * a word whose stem is in the vocabulary is matched exactly; only an unknown word is expanded: as a
 * prefix when it is the last word (as-you-type), and with typos when it is long enough.
 */
function wordQuery(word: string, lang: Lang, isLast: boolean, known: (term: string) => boolean): Query | undefined {
  const variants = [...new Set([lang, ...LANGS.filter((l) => l !== lang)].map((l) => termFor(word, l)).filter((t): t is string => !!t))];
  if (!variants.length) return undefined;
  const knownVariants = variants.filter(known);
  if (knownVariants.length) {
    // Each word weighs the same however many of its language variants are indexed: a word that stems
    // to three indexed terms must not count three times.
    const weight = (CONTEXT_TERMS.has(knownVariants[0]!) ? CONTEXT_WEIGHT : 1) / knownVariants.length;
    return { combineWith: 'OR', queries: knownVariants, prefix: false, fuzzy: false, boostTerm: () => weight };
  }
  const length = fold(word).length;
  // None of the variants is known: expand each (a typo is often one edit from one language's stem and
  // two from another's: "koors" is nl "kor", fr "koor", one edit from "koort").
  const expanded: Query = { combineWith: 'OR', queries: variants, prefix: isLast && length >= 3, fuzzy: length >= 8 ? 2 : length >= 5 ? 1 : false };
  // Two letters swapped ("greif", "marraige") are two edits for the fuzzy match: repair them directly.
  const swapped = length >= 4 ? swapRepairs(word, lang, known) : [];
  // A long unknown word may be a Dutch compound of known words, or a typo of a known compound: try both.
  const parts = length >= 8 ? splitCompound(word, known) : undefined;
  const exact = [...swapped, ...(parts ?? [])];
  return exact.length ? { combineWith: 'OR', queries: [expanded, { combineWith: 'OR', queries: exact, prefix: false, fuzzy: false }] } : expanded;
}

/** Builds the query tree: one OR-group of language variants per word, the groups OR-ed (BM25 rewards covering more words). */
export function buildQuery(text: string, lang: Lang, known: (term: string) => boolean = () => false): Query | undefined {
  const words = tokenize(text.slice(0, 300));
  const content = words.filter((w) => !isStopWord(w, lang));
  const kept = content.length ? content : words; // a query of stop words only still searches
  const groups = kept.map((w, i) => wordQuery(w, lang, i === kept.length - 1, known)).filter((q): q is Query => !!q);
  return groups.length ? { combineWith: 'OR', queries: groups } : undefined;
}

export interface SearchResult {
  needs: Hit[];
  services: Hit[];
  guidance: Hit[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Searches the whole knowledge base; results per kind, best first, each with its score.
 * `limit` caps each kind.
 */
export function search(kb: KnowledgeBase, text: string, lang: Lang, limit = 5): SearchResult {
  const result: SearchResult = { needs: [], services: [], guidance: [] };
  const query = buildQuery(text, lang, (term) => kb.vocabulary.has(term));
  if (!query) return result;
  const options: SearchOptions = { boost: BOOSTS[lang], boostTerm };
  const lists: Record<EntryKind, Hit[]> = { need: result.needs, service: result.services, guidance: result.guidance };
  for (const hit of kb.index.search(query, options)) {
    const kind = kb.kindOf.get(hit.id as string);
    if (!kind) continue;
    const list = lists[kind];
    if (list.length < limit) list.push({ id: hit.id as string, kind, score: round(hit.score) });
  }
  return result;
}
