/** @module scripts/load-knowledge: reads every YAML entry under knowledge/, validates it with zod and checks references; errors name the file and the field. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ENTRY_SCHEMAS, type EntryFolder, type Guidance, type Need, type Organization, type Service } from '../knowledge/schema.ts';

export interface Knowledge {
  needs: Need[];
  organizations: Organization[];
  services: Service[];
  guidance: Guidance[];
}

/** One problem in one file, ready to print: `knowledge/needs/x.yaml: synonyms.nl: at least 8 synonyms`. */
export interface KnowledgeProblem {
  file: string;
  field: string;
  message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`knowledge: ${problems.length} problem(s)\n` + problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'KnowledgeError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(file)';
}

/** Parses and validates every file in one folder; collects problems instead of stopping at the first. */
function loadFolder<F extends EntryFolder>(root: string, folder: F, problems: KnowledgeProblem[]): z.infer<(typeof ENTRY_SCHEMAS)[F]>[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries: z.infer<(typeof ENTRY_SCHEMAS)[F]>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push({ file, field: '(yaml)', message: (err as Error).message.split('\n')[0]! });
      continue;
    }
    const result = ENTRY_SCHEMAS[folder].safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    const entry = result.data as z.infer<(typeof ENTRY_SCHEMAS)[F]> & { id: string };
    if (`${entry.id}.yaml` !== name) problems.push({ file, field: 'id', message: `id "${entry.id}" must match the file name` });
    entries.push(entry);
  }
  return entries;
}

/** The stable need ids of the catalogue (`<root>/catalogue.txt`, one per line). */
export function readCatalogue(root: string): string[] {
  return readFileSync(join(root, 'catalogue.txt'), 'utf8').split('\n').filter(Boolean);
}

/** Reads, validates and cross-checks the whole knowledge base; throws a KnowledgeError listing every problem. */
export function loadKnowledge(root: string, catalogueIds: readonly string[] = [], draft = false): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const kb: Knowledge = {
    needs: loadFolder(root, 'needs', problems),
    organizations: loadFolder(root, 'organizations', problems),
    services: loadFolder(root, 'services', problems),
    guidance: loadFolder(root, 'guidance', problems),
  };
  problems.push(...checkReferences(root, kb, catalogueIds, draft));
  if (problems.length) throw new KnowledgeError(problems);
  return kb;
}

function checkReferences(root: string, kb: Knowledge, catalogueIds: readonly string[], draft: boolean): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const file = (folder: string, id: string) => relative(process.cwd(), join(root, folder, `${id}.yaml`));
  // A draft (a curator's work in progress) may refer to catalogue needs not written yet.
  const needIds = new Set([...kb.needs.map((n) => n.id), ...(draft ? catalogueIds : [])]);
  const orgIds = new Set(kb.organizations.map((o) => o.id));
  const unknownNeeds = (folder: string, id: string, field: string, ids: readonly string[] = []) =>
    ids.forEach((ref, i) => {
      if (!needIds.has(ref)) problems.push({ file: file(folder, id), field: `${field}.${i}`, message: `unknown need "${ref}"` });
    });
  for (const need of kb.needs) unknownNeeds('needs', need.id, 'related', need.related);
  for (const service of kb.services) {
    unknownNeeds('services', service.id, 'needs', service.needs);
    if (!orgIds.has(service.organization))
      problems.push({ file: file('services', service.id), field: 'organization', message: `unknown organization "${service.organization}"` });
  }
  for (const guidance of kb.guidance) unknownNeeds('guidance', guidance.id, 'needs', guidance.needs);
  if (!draft) {
    // Every need must lead somewhere: at least one service and one guidance entry.
    const served = new Set(kb.services.flatMap((s) => s.needs));
    const guided = new Set(kb.guidance.flatMap((g) => g.needs));
    for (const need of kb.needs) {
      if (!served.has(need.id)) problems.push({ file: file('needs', need.id), field: '(file)', message: `no service meets need "${need.id}"` });
      if (!guided.has(need.id)) problems.push({ file: file('needs', need.id), field: '(file)', message: `no guidance covers need "${need.id}"` });
    }
  }
  for (const id of draft ? [] : catalogueIds)
    if (!kb.needs.some((n) => n.id === id)) problems.push({ file: file('needs', id), field: '(file)', message: `catalogue need "${id}" is missing` });
  const ids = new Map<string, string>();
  for (const [folder, list] of [['needs', kb.needs], ['services', kb.services], ['guidance', kb.guidance]] as const)
    for (const entry of list) {
      const other = ids.get(entry.id);
      if (other) problems.push({ file: file(folder, entry.id), field: 'id', message: `id "${entry.id}" is also used in ${other}` });
      ids.set(entry.id, folder);
    }
  return problems;
}
