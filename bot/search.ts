/** @module bot/search: free-text search over needs, services and guidance in nl, fr and en. */
import type { Query, SearchOptions } from 'minisearch';
import { LANGS, type Lang } from '../knowledge/schema.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { FIELD_KINDS, fieldName } from './search-options.ts';
import { fold, isStopWord, termFor, tokenize } from './text.ts';
import type { EntryKind, Hit } from './types.ts';

/** Field weights: a word in a title or synonym list says more than one in a summary. */
const FIELD_WEIGHT = { title: 3, terms: 2.5, text: 1 } as const;
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

/** Typos are expanded only on longer words, and prefixes only on the last word (as-you-type): both are what costs time. */
function wordQuery(word: string, lang: Lang, isLast: boolean): Query | undefined {
  const folded = fold(word);
  const variants = [...new Set([lang, ...LANGS.filter((l) => l !== lang)].map((l) => termFor(word, l)).filter((t): t is string => !!t))];
  if (!variants.length) return undefined;
  const length = folded.length;
  return {
    combineWith: 'OR',
    queries: variants,
    prefix: isLast && length >= 3,
    fuzzy: length >= 8 ? 2 : length >= 5 ? 1 : false,
  };
}

/** Builds the query tree: one OR-group of language variants per word, the groups OR-ed (BM25 rewards covering more words). */
export function buildQuery(text: string, lang: Lang): Query | undefined {
  const words = tokenize(text.slice(0, 300));
  const content = words.filter((w) => !isStopWord(w, lang));
  const kept = content.length ? content : words; // a query of stop words only still searches
  const groups = kept.map((w, i) => wordQuery(w, lang, i === kept.length - 1)).filter((q): q is Query => !!q);
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
  const query = buildQuery(text, lang);
  if (!query) return result;
  const options: SearchOptions = { boost: BOOSTS[lang] };
  const lists: Record<EntryKind, Hit[]> = { need: result.needs, service: result.services, guidance: result.guidance };
  for (const hit of kb.index.search(query, options)) {
    const kind = kb.kindOf.get(hit.id as string);
    if (!kind) continue;
    const list = lists[kind];
    if (list.length < limit) list.push({ id: hit.id as string, kind, score: round(hit.score) });
  }
  return result;
}
