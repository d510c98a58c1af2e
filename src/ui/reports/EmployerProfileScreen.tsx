import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Loader, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router';
import { employerProfile } from '../../domain/reports/employerProfile';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';
import { usePersonFile } from '../jobseeker/queries';

/**
 * A one-page profile to give an employer (`/personer/:id/arbeidsgiverprofil`),
 * holding only what the consent allows ([EMPLOYERPROFILE-1]); without
 * consent, a message says why there is none.
 */
export function EmployerProfileScreen() {
  const { id = '' } = useParams();
  const { t } = useReportsI18n();
  const file = usePersonFile(id);
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (!file) return <Loader title={t('common.loading')} />;
  const result = employerProfile(file.jobseeker, file.agreement, file.profile);

  if (!result.ok)
    return (
      <VStack gap="space-16">
        <PageHeader title={t('employerProfile.title')} backTo={paths.person(id)} />
        <Alert variant="warning">{t(result.reason === 'declined' ? 'employerProfile.declined' : 'employerProfile.noAgreement')}</Alert>
        <HStack>
          <LinkButton to={paths.agreement(id)} variant="secondary">
            {t(file.agreement ? 'agreement.edit' : 'agreement.record')}
          </LinkButton>
        </HStack>
      </VStack>
    );

  const { profile } = result;
  const empty = profile.mayShare.length === 0 && profile.jobWishes.length === 0 && profile.facts.length === 0;
  return (
    <VStack gap="space-24" className="document-page">
      <PageHeader title={profile.name} backTo={paths.person(id)}>
        <BodyShort>{t('employerProfile.title')}</BodyShort>
      </PageHeader>
      <VStack gap="space-8" className="no-print">
        <Alert variant="info" size="small">
          {t('employerProfile.screenNotice')}
        </Alert>
        {profile.withheld > 0 && (
          <Alert variant="warning" size="small">
            {t('employerProfile.withheld', { count: profile.withheld })}
          </Alert>
        )}
      </VStack>
      {empty && <BodyShort>{t('employerProfile.empty')}</BodyShort>}
      {profile.jobWishes.length > 0 && (
        <VStack as="section" gap="space-8" aria-labelledby="employer-profile-wishes">
          <Heading level="2" size="small" id="employer-profile-wishes">
            {t('employerProfile.jobWishes')}
          </Heading>
          <ul>
            {profile.jobWishes.map((wish, index) => (
              <li key={index}>{wish}</li>
            ))}
          </ul>
        </VStack>
      )}
      {profile.facts.map(({ field, value }) => (
        <VStack as="section" gap="space-4" key={field} aria-labelledby={`employer-profile-${field}`}>
          <Heading level="2" size="small" id={`employer-profile-${field}`}>
            {t(`profile.${field}`)}
          </Heading>
          <BodyLong className="pre-wrap">{field === 'preferredPercent' ? t('profile.percent', { percent: value }) : value}</BodyLong>
        </VStack>
      ))}
      {profile.mayShare.length > 0 && (
        <VStack as="section" gap="space-8" aria-labelledby="employer-profile-may-share">
          <Heading level="2" size="small" id="employer-profile-may-share">
            {t('employerProfile.mayShare')}
          </Heading>
          <ul>
            {profile.mayShare.map((item, index) => (
              <li key={index} className="pre-wrap">
                {item}
              </li>
            ))}
          </ul>
        </VStack>
      )}
      <HStack className="no-print">
        <Button type="button" variant="secondary" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </HStack>
    </VStack>
  );
}
