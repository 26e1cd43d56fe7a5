/**
 * @module scripts/teams-manifest: the Teams app manifest (schema 1.24) and its nl and fr localization
 * files, built from configuration: the bot's app id and the worker's URL.
 */
import { ACCENT } from './teams-icons.ts';

export const MANIFEST_VERSION = '1.24';
const SCHEMAS = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}`;
export const SEARCH_COMMAND = 'searchServices';

export interface PackageConfig {
  /** The bot's Microsoft App ID (also the Teams app id unless `teamsAppId` is given). */
  appId: string;
  teamsAppId?: string;
  /** The deployed worker, e.g. https://assistant.example.workers.dev */
  workerUrl: string;
  version: string;
  developerName?: string;
  privacyUrl?: string;
  termsUrl?: string;
}

interface Strings {
  nameShort: string;
  nameFull: string;
  descriptionShort: string;
  descriptionFull: string;
  commandTitle: string;
  commandDescription: string;
  parameterTitle: string;
  parameterDescription: string;
}

/** English is the manifest's default language; nl and fr are the localization files. */
export const STRINGS: Record<'en' | 'nl' | 'fr', Strings> = {
  en: {
    nameShort: 'Referral Assistant',
    nameFull: 'Supportive Care Referral Assistant',
    descriptionShort: 'Supportive care in Belgium: who helps with a need, how to refer, who pays.',
    descriptionFull:
      'Helps Belgian professionals refer (haemato-)oncology patients and their relatives to supportive care by need: who can help, how to refer and who pays, from curated entries that cite their source. Not a medical device; no diagnosis.',
    commandTitle: 'Search',
    commandDescription: 'Find a need or a supportive care service',
    parameterTitle: 'Need or service',
    parameterDescription: 'For example: fatigue, return to work, psychologist',
  },
  nl: {
    nameShort: 'Doorverwijshulp',
    nameFull: 'Doorverwijshulp voor ondersteunende zorg',
    descriptionShort: 'Ondersteunende zorg in België: wie helpt, hoe doorverwijzen, wie betaalt.',
    descriptionFull:
      'Helpt Belgische zorgverleners om (hemato-)oncologische patiënten en hun naasten door te verwijzen naar ondersteunende zorg volgens hun nood: wie kan helpen, hoe u doorverwijst en wie betaalt, uit nagekeken gegevens met bronvermelding. Geen medisch hulpmiddel; geen diagnose.',
    commandTitle: 'Zoeken',
    commandDescription: 'Zoek een nood of een dienst voor ondersteunende zorg',
    parameterTitle: 'Nood of dienst',
    parameterDescription: 'Bijvoorbeeld: vermoeidheid, terug aan het werk, psycholoog',
  },
  fr: {
    nameShort: 'Aide à l’orientation',
    nameFull: 'Aide à l’orientation en soins de support',
    descriptionShort: 'Soins de support en Belgique : qui aide, comment orienter, qui paie.',
    descriptionFull:
      'Aide les professionnels belges à orienter les patients en (hémato-)oncologie et leurs proches vers les soins de support selon leurs besoins : qui peut aider, comment orienter et qui paie, à partir de fiches vérifiées qui citent leur source. Pas un dispositif médical ; aucun diagnostic.',
    commandTitle: 'Rechercher',
    commandDescription: 'Trouver un besoin ou un service de soins de support',
    parameterTitle: 'Besoin ou service',
    parameterDescription: 'Par exemple : fatigue, reprise du travail, psychologue',
  },
};

/** The manifest.json object. */
export function buildManifest(cfg: PackageConfig): Record<string, unknown> {
  const t = STRINGS.en;
  const url = cfg.workerUrl.replace(/\/+$/, '');
  return {
    $schema: `${SCHEMAS}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: cfg.version,
    id: cfg.teamsAppId ?? cfg.appId,
    developer: { name: cfg.developerName ?? 'Referral Assistant maintainers', websiteUrl: url, privacyUrl: cfg.privacyUrl ?? url, termsOfUseUrl: cfg.termsUrl ?? url },
    name: { short: t.nameShort, full: t.nameFull },
    description: { short: t.descriptionShort, full: t.descriptionFull },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [{ botId: cfg.appId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false, isNotificationOnly: false }],
    composeExtensions: [
      {
        botId: cfg.appId,
        commands: [
          {
            id: SEARCH_COMMAND,
            type: 'query',
            title: t.commandTitle,
            description: t.commandDescription,
            initialRun: false,
            parameters: [{ name: 'query', title: t.parameterTitle, description: t.parameterDescription, inputType: 'text' }],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [new URL(url).host],
    localizationInfo: {
      defaultLanguageTag: 'en-us',
      additionalLanguages: [
        { languageTag: 'nl', file: 'nl.json' },
        { languageTag: 'fr', file: 'fr.json' },
      ],
    },
  };
}

/** A localization file (nl.json, fr.json). */
export function buildLocalization(lang: 'nl' | 'fr'): Record<string, string> {
  const t = STRINGS[lang];
  return {
    $schema: `${SCHEMAS}/MicrosoftTeams.Localization.schema.json`,
    'name.short': t.nameShort,
    'name.full': t.nameFull,
    'description.short': t.descriptionShort,
    'description.full': t.descriptionFull,
    'composeExtensions[0].commands[0].title': t.commandTitle,
    'composeExtensions[0].commands[0].description': t.commandDescription,
    'composeExtensions[0].commands[0].parameters[0].title': t.parameterTitle,
    'composeExtensions[0].commands[0].parameters[0].description': t.parameterDescription,
  };
}
