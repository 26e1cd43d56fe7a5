/** @module worker/knowledge: the knowledge base, loaded once per isolate from the build output (never per request). */
import { BUNDLE_JSON, INDEX_JSON } from '../knowledge/dist/knowledge.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../bot/index.ts';

let loaded: KnowledgeBase | undefined;

/** The isolate's knowledge base; the first call parses the bundle and loads the prebuilt index. */
export function knowledge(): KnowledgeBase {
  return (loaded ??= loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON));
}
