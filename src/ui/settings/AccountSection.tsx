import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { appSync } from '../../sync/appSync';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import { useOutboxCount, useSession } from '../app/queries';

/**
 * Who is logged in, and logging out. Logging out removes every record from
 * the device; if changes still wait to be sent, it says so first and asks
 * again, since those changes exist nowhere else.
 */
export function AccountSection() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const pending = useOutboxCount() ?? 0;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (session === undefined) return null;

  async function logOut() {
    if (pending > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    try {
      await appSync.logout();
      void navigate(paths.login, { replace: true });
    } finally {
      setBusy(false);
    }
  }

  const team = session?.teams.map((each) => each.name).join(', ') ?? '';
  return (
    <VStack as="section" gap="space-12" aria-labelledby="account-heading">
      <Heading level="2" size="medium" id="account-heading">
        {t('account.title')}
      </Heading>
      {session ? (
        <>
          <BodyShort>{t('account.signedInAs', { name: session.user.name, username: session.user.username, team })}</BodyShort>
          <BodyShort>{t('account.logOutInfo')}</BodyShort>
          {confirming && pending > 0 && (
            <Alert variant="warning" role="alert">
              {pending === 1 ? t('account.pendingWarningOne') : t('account.pendingWarning', { count: pending })}
            </Alert>
          )}
          <div>
            <Button variant={confirming ? 'danger' : 'secondary'} loading={busy} onClick={logOut}>
              {confirming && pending > 0 ? t('account.logOutAnyway') : t('account.logOut')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <BodyShort>{t('account.localOnly')}</BodyShort>
          <div>
            <LinkButton to={paths.login} variant="secondary">
              {t('account.logIn')}
            </LinkButton>
          </div>
        </>
      )}
    </VStack>
  );
}
