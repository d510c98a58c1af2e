import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { JobLead } from '../../domain/jobLead';
import type { PresentingConsent } from '../../domain/presentingConsent';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

const WARNINGS = { declined: 'consent.declined', 'no-agreement': 'consent.noAgreement' } as const;

/** A jobseeker's job leads with their status in words; a warning first when they may not be presented. */
export function JobLeadList({
  jobseekerId,
  name,
  leads,
  employerNames,
  consent,
}: {
  jobseekerId: string;
  name: string;
  leads: JobLead[];
  employerNames: ReadonlyMap<string, string>;
  consent: PresentingConsent;
}) {
  const { t, language } = useI18n();
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small" id="job-leads-heading">
        {t('jobLeads.heading')}
      </Heading>
      {!consent.allowed && (
        <Alert variant="warning" size="small">
          {t(WARNINGS[consent.reason as keyof typeof WARNINGS], { name })}
        </Alert>
      )}
      {leads.length === 0 ? (
        <BodyShort>{t('jobLeads.empty')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" className="list-reset" aria-labelledby="job-leads-heading">
          {leads.map((lead) => {
            const employer = employerNames.get(lead.employerId) ?? lead.employerName;
            return (
              <VStack as="li" key={lead.id} gap="space-4">
                <BodyShort weight="semibold">{t('jobLeads.titleAt', { title: lead.jobTitle, employer })}</BodyShort>
                <HStack gap="space-8" align="center" wrap>
                  <Tag size="xsmall" variant={lead.status === 'rejected' ? 'neutral' : 'info'}>
                    {t('jobLeads.statusIs', { status: t(`jobLeadStatus.${lead.status}`) })}
                  </Tag>
                  <Detail as="span">{formatDate(lead.date, language)}</Detail>
                  {lead.source && <Detail as="span">{t('jobLeads.sourceIs', { source: lead.source })}</Detail>}
                </HStack>
                <HStack>
                  <LinkButton
                    to={paths.editJobLead(jobseekerId, lead.id)}
                    variant="tertiary"
                    size="small"
                    icon={<PencilIcon aria-hidden />}
                  >
                    {t('jobLeads.change', { title: lead.jobTitle })}
                  </LinkButton>
                </HStack>
              </VStack>
            );
          })}
        </VStack>
      )}
      <HStack>
        <LinkButton to={paths.newJobLead(jobseekerId)} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
          {t('jobLeads.add')}
        </LinkButton>
      </HStack>
    </VStack>
  );
}
