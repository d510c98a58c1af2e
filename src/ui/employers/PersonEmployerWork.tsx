import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, VStack } from '@navikt/ds-react';
import type { Agreement } from '../../domain/agreement';
import { firstContactMeasure } from '../../domain/firstEmployerContact';
import type { Jobseeker } from '../../domain/jobseeker';
import { canPresentToEmployer } from '../../domain/presentingConsent';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { EmployerContactItem } from './EmployerContactItem';
import { FirstContactMeasureView } from './FirstContactMeasureView';
import { JobLeadList } from './JobLeadList';
import './texts';
import { usePersonEmployerWork } from './queries';

/** Steps 3–4 on a jobseeker's page: the 30-day measure, employer contacts made for them, and job leads. */
export function PersonEmployerWork({ jobseeker, agreement }: { jobseeker: Jobseeker; agreement: Agreement | undefined }) {
  const { t } = useI18n();
  const today = useToday();
  const work = usePersonEmployerWork(jobseeker.id);
  if (work === undefined) return null;
  const measure = firstContactMeasure(jobseeker.referralDate, work.contacts, jobseeker.id, today);

  return (
    <VStack as="section" gap="space-16" aria-labelledby="employer-work-heading">
      <Heading level="2" size="medium" id="employer-work-heading">
        {t('personEmployers.heading')}
      </Heading>
      <FirstContactMeasureView measure={measure} />
      <VStack gap="space-8">
        <Heading level="3" size="small" id="person-employer-contacts-heading">
          {t('personEmployers.contacts')}
        </Heading>
        {work.contacts.length === 0 ? (
          <BodyShort>{t('personEmployers.noContacts')}</BodyShort>
        ) : (
          <VStack as="ol" gap="space-12" className="list-reset" aria-labelledby="person-employer-contacts-heading">
            {work.contacts.map((contact) => (
              <li key={contact.id}>
                <EmployerContactItem
                  contact={contact}
                  employerName={work.employerNames.get(contact.employerId) ?? t('personEmployers.unknownEmployer')}
                />
              </li>
            ))}
          </VStack>
        )}
        <HStack>
          <LinkButton
            to={paths.newEmployerContact({ jobseekerId: jobseeker.id })}
            variant="secondary"
            size="small"
            icon={<PlusIcon aria-hidden />}
          >
            {t('personEmployers.logContact')}
          </LinkButton>
        </HStack>
      </VStack>
      <JobLeadList
        jobseekerId={jobseeker.id}
        name={jobseeker.name}
        leads={work.leads}
        employerNames={work.employerNames}
        consent={canPresentToEmployer(agreement)}
      />
    </VStack>
  );
}
