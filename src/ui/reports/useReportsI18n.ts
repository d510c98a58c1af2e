import { useMemo } from 'react';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { isMessageKey, translate, type MessageKey, type Params } from '../i18n/dictionary';
import { fidelityMessages, type FidelityMessageKey } from './fidelity/messages';
import { reportsMessages, type ReportsMessageKey } from './messages';

type OwnKey = ReportsMessageKey | FidelityMessageKey;
export type ReportsKey = MessageKey | OwnKey;

const texts = {
  nb: { ...reportsMessages.nb, ...fidelityMessages.nb },
  en: { ...reportsMessages.en, ...fidelityMessages.en },
};

export interface ReportsI18n extends Omit<I18n, 't'> {
  t: (key: ReportsKey, params?: Params) => string;
  /** A key built at run time (`employmentForm.${value}`): its text, or the value itself when there is none. */
  tOr: (key: string, fallback: string, params?: Params) => string;
}

function fill(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
}

function isReportsKey(key: string): key is OwnKey {
  return key in texts.nb;
}

/**
 * The app's texts plus the report screens' own. Those are kept out of the
 * shell's dictionary so they load with the report screens only.
 */
export function useReportsI18n(): ReportsI18n {
  const base = useI18n();
  return useMemo(() => {
    const t = (key: ReportsKey, params?: Params) =>
      isReportsKey(key) ? fill(texts[base.language][key] ?? texts.nb[key], params) : translate(base.language, key, params);
    const tOr = (key: string, fallback: string, params?: Params) => (isReportsKey(key) || isMessageKey(key) ? t(key, params) : fallback);
    return { ...base, t, tOr };
  }, [base]);
}
