import { agreementMessages } from '../agreement/messages';
import { caseloadMessages } from '../caseload/messages';
import { jobseekerMessages } from '../jobseeker/messages';
import { notesMessages } from '../notes/messages';
import { profileMessages } from '../profile/messages';
import { settingsMessages } from '../settings/messages';
import { commonMessages } from './commonMessages';
import { domainTerms } from './domainTerms';

const parts = [
  commonMessages,
  domainTerms,
  caseloadMessages,
  jobseekerMessages,
  agreementMessages,
  profileMessages,
  notesMessages,
  settingsMessages,
] as const;

type Part = (typeof parts)[number];
type KeysOf<P> = P extends { nb: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Part>;
export type Language = 'nb' | 'en';

/** Every text of the app, Norwegian bokmål first. */
export const dictionary: Record<Language, Record<MessageKey, string>> = {
  nb: Object.assign({}, ...parts.map((part) => part.nb)),
  en: Object.assign({}, ...parts.map((part) => part.en)),
};

export type Params = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = dictionary[language][key] ?? dictionary.nb[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in dictionary.nb;
}
