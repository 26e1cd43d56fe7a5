/** @module bot/types: the shapes the engine works on: the built knowledge bundle and search results. */
import type { Audience, Guidance, Lang, Need, Organization, Province, Region, Service } from '../knowledge/schema.ts';

export type { Audience, Guidance, Lang, Need, Organization, Province, Region, Service };

/** What scripts/build-knowledge.ts writes to knowledge/dist/ and the worker loads once per isolate. */
export interface KnowledgeBundle {
  /** Content hash of the knowledge base: the API's ETag. */
  version: string;
  needs: Need[];
  services: Service[];
  guidance: Guidance[];
  organizations: Organization[];
}

export type EntryKind = 'need' | 'service' | 'guidance';

/** Where the person is: from a region parameter or a postal code. */
export interface Place {
  region: Region;
  province?: Province;
  /** True for the nine municipalities of the German-speaking Community. */
  germanSpeaking?: boolean;
}

/** Who and where the answer is for; every field optional. */
export interface Context {
  lang: Lang;
  place?: Place;
  audience?: Audience;
  /** The language the patient speaks, when it differs from `lang`. */
  patientLang?: Lang | 'de';
}

export interface Hit {
  id: string;
  kind: EntryKind;
  score: number;
}
