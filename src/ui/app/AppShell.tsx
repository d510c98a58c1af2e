import { BarChartIcon, Buildings3Icon, CogIcon, PersonGroupIcon } from '@navikt/aksel-icons';
import { Navigate, NavLink, Outlet } from 'react-router';
import { useNeedsLogin } from '../login/useNeedsLogin';
import { useI18n } from '../i18n/I18nProvider';
import { paths } from './paths';
import { StatusLine } from './StatusLine';

/** The frame around every screen: skip link, header with the menu, content, and the status line. */
export function AppShell() {
  const { t } = useI18n();
  if (useNeedsLogin()) return <Navigate to={paths.login} replace />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to={paths.caseload} className="app-header__name">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.label')} className="app-header__nav">
          <NavLink to={paths.caseload} end className="app-header__link">
            <PersonGroupIcon aria-hidden fontSize="1.5rem" />
            <span>{t('nav.caseload')}</span>
          </NavLink>
          <NavLink to={paths.employers} className="app-header__link">
            <Buildings3Icon aria-hidden fontSize="1.5rem" />
            <span>{t('nav.employers')}</span>
          </NavLink>
          <NavLink to={paths.reports} className="app-header__link">
            <BarChartIcon aria-hidden fontSize="1.5rem" />
            <span>{t('nav.reports')}</span>
          </NavLink>
          <NavLink to={paths.settings} className="app-header__link">
            <CogIcon aria-hidden fontSize="1.5rem" />
            <span>{t('nav.settings')}</span>
          </NavLink>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <StatusLine />
      </footer>
    </div>
  );
}
