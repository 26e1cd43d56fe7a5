/** @module bot/knowledge: turns the built bundle and index into an in-memory knowledge base; call once per isolate. */
import MiniSearch from 'minisearch';
import type { Organization } from '../knowledge/schema.ts';
import { SEARCH_OPTIONS, type IndexDocument } from './search-options.ts';
import type { EntryKind, Guidance, KnowledgeBundle, Need, Service } from './types.ts';

export interface KnowledgeBase {
  version: string;
  index: MiniSearch<IndexDocument>;
  /** Every indexed term, to tell a known word (matched exactly) from one worth expanding for typos. */
  vocabulary: ReadonlySet<string>;
  needs: ReadonlyMap<string, Need>;
  services: ReadonlyMap<string, Service>;
  guidance: ReadonlyMap<string, Guidance>;
  organizations: ReadonlyMap<string, Organization>;
  kindOf: ReadonlyMap<string, EntryKind>;
  /** Services and guidance per need id, in file order. */
  servicesByNeed: ReadonlyMap<string, Service[]>;
  guidanceByNeed: ReadonlyMap<string, Guidance[]>;
  /** Needs per domain, in catalogue order (for browsing). */
  needsByDomain: ReadonlyMap<string, Need[]>;
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

function groupByNeed<T extends { needs: string[] }>(list: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of list) for (const need of entry.needs) groups.set(need, [...(groups.get(need) ?? []), entry]);
  return groups;
}

/** Parses the bundle and loads the prebuilt index with the shared options (never rebuilds it). */
export function loadKnowledgeBase(bundleJson: string, indexJson: string): KnowledgeBase {
  const bundle = JSON.parse(bundleJson) as KnowledgeBundle;
  const serialized = JSON.parse(indexJson) as Parameters<typeof MiniSearch.loadJS>[0];
  const index = MiniSearch.loadJS<IndexDocument>(serialized, SEARCH_OPTIONS);
  const vocabulary = new Set(serialized.index.map(([term]) => term));
  const kindOf = new Map<string, EntryKind>([
    ...bundle.needs.map((n) => [n.id, 'need'] as const),
    ...bundle.services.map((s) => [s.id, 'service'] as const),
    ...bundle.guidance.map((g) => [g.id, 'guidance'] as const),
  ]);
  return {
    version: bundle.version,
    index,
    vocabulary,
    needs: byId(bundle.needs),
    services: byId(bundle.services),
    guidance: byId(bundle.guidance),
    organizations: byId(bundle.organizations),
    kindOf,
    servicesByNeed: groupByNeed(bundle.services),
    guidanceByNeed: groupByNeed(bundle.guidance),
    needsByDomain: groupByNeed(bundle.needs.map((n) => ({ ...n, needs: [n.domain] }))),
  };
}
