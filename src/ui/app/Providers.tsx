import type { ReactNode } from 'react';
import { TodayProvider } from '../components/today';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/dictionary';
import { useStoredLanguage } from './queries';

/** What every screen needs around it; tests pass a fixed day and language. Norwegian until the device setting says otherwise. */
export function Providers({ children, today, language }: { children: ReactNode; today?: string; language?: Language }) {
  const stored = useStoredLanguage();
  return (
    <TodayProvider today={today}>
      <I18nProvider language={language ?? stored ?? 'nb'}>{children}</I18nProvider>
    </TodayProvider>
  );
}
