/** @module bot/index-documents: turns knowledge entries into the documents MiniSearch indexes (build time only). */
import { LANGS, type L10n, type Lang } from '../knowledge/schema.ts';
import { fieldName, type IndexDocument } from './search-options.ts';
import type { KnowledgeBundle } from './types.ts';

type Texts = { title: L10n; terms?: Partial<Record<Lang, string>>; text?: L10n };

function document(id: string, { title, terms, text }: Texts): IndexDocument {
  const doc: IndexDocument = { id };
  for (const lang of LANGS) {
    doc[fieldName('title', lang)] = title[lang];
    doc[fieldName('terms', lang)] = terms?.[lang] ?? '';
    doc[fieldName('text', lang)] = text?.[lang] ?? '';
  }
  return doc;
}

const perLang = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

/** One document per need, service and guidance entry; ids are unique across kinds (the build checks). */
export function indexDocuments(kb: Omit<KnowledgeBundle, 'version'>): IndexDocument[] {
  const orgName = new Map(kb.organizations.map((o) => [o.id, o.name]));
  return [
    ...kb.needs.map((n) => document(n.id, { title: n.title, terms: perLang((l) => n.synonyms[l].join(' ; ')), text: n.summary })),
    ...kb.services.map((s) => {
      const org = orgName.get(s.organization);
      return document(s.id, { title: s.name, terms: perLang((l) => (typeof org === 'string' ? org : org?.[l] ?? '')) });
    }),
    ...kb.guidance.map((g) => document(g.id, { title: g.title })),
  ];
}
