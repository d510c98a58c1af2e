import { teamSyncMessages } from '../app/teamSyncMessages';
import { caseloadMessages } from '../caseload/messages';
import { quickLogMessages } from '../quickLog/messages';
import { commonMessages } from './commonMessages';
import { domainTerms } from './domainTerms';
import type { featureParts } from './featureTexts';

/** The texts the app shell needs: the frame, the status line and the caseload. */
const parts = [commonMessages, domainTerms, caseloadMessages, quickLogMessages, teamSyncMessages] as const;

type Part = (typeof parts)[number];
/** Texts of screens that load on first use: typed here, added by `addMessages` (featureTexts.ts) when they load. */
type LazyPart = (typeof featureParts)[number];
type KeysOf<P> = P extends { nb: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Part> | KeysOf<LazyPart>;
export type Language = 'nb' | 'en';

/** Every text of the app, Norwegian bokmål first. */
export const dictionary: Record<Language, Record<MessageKey, string>> = {
  nb: Object.assign({}, ...parts.map((part) => part.nb)),
  en: Object.assign({}, ...parts.map((part) => part.en)),
};

/**
 * Adds the texts of a feature whose screens load on first use, so they
 * travel with those screens instead of the app shell (its 200 KB budget).
 * The feature imports its texts module before any of its screens render.
 */
export function addMessages(part: { nb: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(dictionary.nb, part.nb);
  Object.assign(dictionary.en, part.en);
}

export type Params = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = dictionary[language][key] ?? dictionary.nb[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in dictionary.nb;
}
