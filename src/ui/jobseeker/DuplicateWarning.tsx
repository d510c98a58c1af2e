import { Alert, BodyShort, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Jobseeker } from '../../domain/jobseeker';
import { paths } from '../app/paths';
import { useI18n } from '../i18n/I18nProvider';

/** [DUP-1] Shown before saving when someone with a similar name is already on the device. */
export function DuplicateWarning({ people, blocked, children }: { people: Jobseeker[]; blocked: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Alert variant={blocked ? 'error' : 'warning'} size="small" role={blocked ? 'alert' : 'status'}>
      <VStack gap="space-8">
        <BodyShort>{t('jobseeker.duplicateWarning')}</BodyShort>
        <ul>
          {people.map((person) => (
            <li key={person.id}>
              <Link as={RouterLink} to={paths.person(person.id)}>
                {person.name}
              </Link>
            </li>
          ))}
        </ul>
        {children}
      </VStack>
    </Alert>
  );
}
