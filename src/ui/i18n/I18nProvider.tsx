import { Provider as AkselProvider } from '@navikt/ds-react';
import { en as akselEn, nb as akselNb } from '@navikt/ds-react/locales';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { translate, isMessageKey, type Language, type MessageKey, type Params } from './dictionary';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: Params) => string;
  /** Text for a reason code from the domain (`error.required`), with a safe fallback. */
  tCode: (code: string, params?: Params) => string;
}

function makeI18n(language: Language): I18n {
  return {
    language,
    t: (key, params) => translate(language, key, params),
    tCode: (code, params) => translate(language, isMessageKey(code) ? code : 'error.saveFailed', params),
  };
}

const I18nContext = createContext<I18n>(makeI18n('nb'));

/** The texts of the given language (Norwegian unless told otherwise); Aksel's own texts follow. */
export function I18nProvider({ children, language = 'nb' }: { children: ReactNode; language?: Language }) {
  const value = useMemo(() => makeI18n(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nContext.Provider value={value}>
      <AkselProvider locale={language === 'en' ? akselEn : akselNb}>{children}</AkselProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
