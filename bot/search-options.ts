/** @module bot/search-options: the ONE MiniSearch options object, shared by the index build and the worker's loadJS. */
import type { Options } from 'minisearch';
import { LANGS, type Lang } from '../knowledge/schema.ts';
import { indexTermsFor, tokenize } from './text.ts';

/** What each indexed field holds; every field exists once per language (`title_nl`, ...). */
export const FIELD_KINDS = ['title', 'terms', 'text'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export const fieldName = (kind: FieldKind, lang: Lang) => `${kind}_${lang}`;
export const FIELDS = FIELD_KINDS.flatMap((kind) => LANGS.map((lang) => fieldName(kind, lang)));

/** The document indexed for every entry: its id and a string per field. */
export type IndexDocument = { id: string } & Record<string, string>;

const langOf = (field: string) => field.slice(field.lastIndexOf('_') + 1) as Lang;

/**
 * Index-time options. Each field is processed in its own language; queries are processed by
 * bot/search.ts itself (it knows the query language and builds the query tree), so the search-time
 * `tokenize`/`processTerm` are identities over pre-processed terms.
 */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: FIELDS,
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string, field?: string) => (field ? indexTermsFor(term, langOf(field)) : term),
  searchOptions: {
    tokenize: (text: string) => [text],
    processTerm: (term: string) => term,
  },
} satisfies Options<IndexDocument>;
