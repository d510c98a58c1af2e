import type { ReactNode } from 'react';
import { TodayProvider } from '../components/today';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/dictionary';

/** What every screen needs around it; tests pass a fixed day and language. */
export function Providers({ children, today, language }: { children: ReactNode; today?: string; language?: Language }) {
  return (
    <TodayProvider today={today}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </TodayProvider>
  );
}
