import { GlobeIcon, PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, Detail, HStack, Loader, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router';
import { formatOrgnr } from '../../domain/orgnr';
import { paths } from '../app/paths';
import { ContactLinks } from '../components/ContactLinks';
import { Flash } from '../components/Flash';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { ContactPersonList } from './ContactPersonList';
import { EmployerContactLog } from './EmployerContactLog';
import { contactSummaryText, placementText } from './employerFacts';
import { RelationshipTag } from './RelationshipTag';
import './texts';
import { useEmployerFile } from './queries';

/** A web address as typed ("bakeri.no") made into a link the browser opens. */
function webHref(web: string): string {
  return /^https?:\/\//i.test(web) ? web : `https://${web}`;
}

/** One employer: how to reach them, the people there, and every contact with them, newest first. */
export function EmployerScreen() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const file = useEmployerFile(id);
  if (file === undefined) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('employer.notFound')} backTo={paths.employers} />;
  const { employer, contactPersons, contacts, summary, placements } = file;

  return (
    <VStack gap="space-32">
      <Flash />
      <PageHeader title={employer.name} backTo={paths.employers}>
        <HStack gap="space-8" align="center" wrap>
          <RelationshipTag status={employer.relationship} />
          {employer.orgnr && <Detail>{t('employers.orgnrShort', { orgnr: formatOrgnr(employer.orgnr) })}</Detail>}
          {employer.industry && <Detail>{employer.industry}</Detail>}
        </HStack>
        <Detail>{contactSummaryText(summary, t, language)}</Detail>
        <Detail>{placementText(placements, t)}</Detail>
        <ContactLinks name={employer.name} phone={employer.phone} email="" address={employer.address} />
        {employer.web && (
          <HStack>
            <LinkButton
              href={webHref(employer.web)}
              target="_blank"
              rel="noopener noreferrer"
              variant="tertiary"
              size="small"
              icon={<GlobeIcon aria-hidden />}
            >
              {t('employer.web', { web: employer.web })}
            </LinkButton>
          </HStack>
        )}
        {employer.notes && <BodyLong className="pre-wrap">{employer.notes}</BodyLong>}
        <HStack gap="space-8" wrap>
          <LinkButton to={paths.newEmployerContact({ employerId: id })} icon={<PlusIcon aria-hidden />}>
            {t('employer.logContact')}
          </LinkButton>
          <LinkButton to={paths.editEmployer(id)} variant="tertiary" icon={<PencilIcon aria-hidden />}>
            {t('employer.edit')}
          </LinkButton>
        </HStack>
      </PageHeader>
      <ContactPersonList employerId={id} people={contactPersons} />
      <EmployerContactLog contacts={contacts} contactPersons={contactPersons} />
    </VStack>
  );
}
