import { NotePencilIcon } from '@navikt/aksel-icons';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import './quickLog.css';

/** The big "Logg besøk" at the foot of the home screen: always in reach, one tap to the quick log. */
export function QuickLogButton() {
  const { t } = useI18n();
  return (
    <LinkButton to={paths.quickLog} icon={<NotePencilIcon aria-hidden />} className="quick-log-action">
      {t('quickLog.action')}
    </LinkButton>
  );
}
