import { Alert, BodyShort, Button, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { appSync, type LoginOutcome } from '../../sync/appSync';
import { paths } from '../app/paths';
import { PageHeader } from '../components/PageHeader';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../app/queries';

type Failure = Extract<LoginOutcome, { ok: false }>['code'];

const KNOWN: readonly Failure[] = ['invalid-credentials', 'rate-limited', 'network', 'upgrade-required', 'other-user', 'no-team'];

function failureKey(code: Failure): MessageKey {
  return KNOWN.includes(code) ? (`login.error.${code}` as MessageKey) : 'login.error.other';
}

/** `/logg-inn`: username and password, with a plain answer to every way it can fail. */
export function LoginScreen() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  // Logging in again after the login expired: the same user, so the name is filled in until the user types.
  const [typedUsername, setUsername] = useState<string | null>(null);
  const username = typedUsername ?? (session?.expired ? session.user.username : '');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const empty = { username: username.trim() === '', password: password === '' };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await appSync.login(username.trim(), password);
      if (outcome.ok) {
        void navigate(paths.caseload, { replace: true, state: { flash: t('login.welcome') } });
        return;
      }
      setFailure(outcome.code);
      setPassword('');
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-header__name">{t('app.name')}</span>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <VStack gap="space-24" as="form" onSubmit={submit} noValidate className="login-form">
          <PageHeader title={t('login.title')}>
            <BodyShort>{session?.expired ? t('login.expired') : t('login.intro')}</BodyShort>
          </PageHeader>
          {failure && (
            <Alert variant="error" role="alert" ref={alertRef} tabIndex={-1}>
              {t(failureKey(failure))}
            </Alert>
          )}
          <TextField
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            error={missing.username ? t('error.required') : undefined}
            onChange={(event) => setUsername(event.target.value)}
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={missing.password ? t('error.required') : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div>
            <Button type="submit" loading={busy}>
              {busy ? t('login.submitting') : t('login.submit')}
            </Button>
          </div>
        </VStack>
      </main>
    </div>
  );
}
