import { FileTextIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { isFinal } from '../../domain/reports/navReport';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { formatDate } from '../i18n/formatDate';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';
import { usePersonReports } from './queries';

/** On the person page: reports to the NAV counsellor, the employer profile and the full export. */
export function PersonDocuments({ jobseekerId }: { jobseekerId: string }) {
  const { t, language } = useReportsI18n();
  const list = usePersonReports(jobseekerId);
  const date = (iso: string) => formatDate(iso, language);
  return (
    <VStack as="section" gap="space-12" aria-labelledby="documents-heading">
      <Heading level="2" size="medium" id="documents-heading">
        {t('documents.heading')}
      </Heading>
      <VStack gap="space-8" as="section" aria-labelledby="documents-reports-heading">
        <Heading level="3" size="xsmall" id="documents-reports-heading">
          {t('documents.reportsHeading')}
        </Heading>
        {list && list.length === 0 && <BodyShort>{t('documents.noReports')}</BodyShort>}
        {list && list.length > 0 && (
          <ul className="list-reset">
            {list.map((report) => (
              <li key={report.id}>
                <HStack gap="space-8" align="center" wrap>
                  <Link as={RouterLink} to={paths.report(jobseekerId, report.id)} className="document-link">
                    {t('documents.reportItem', {
                      kind: t(`report.kind.${report.kind}`),
                      from: date(report.periodFrom),
                      to: date(report.periodTo),
                    })}
                  </Link>
                  <Tag size="xsmall" variant={isFinal(report) ? 'success' : 'neutral'}>
                    {isFinal(report) ? t('documents.sharedOn', { date: date(report.sharedDate) }) : t('documents.draft')}
                  </Tag>
                </HStack>
              </li>
            ))}
          </ul>
        )}
        <HStack gap="space-8" wrap>
          <LinkButton to={paths.newReport(jobseekerId, 'interim')} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
            {t('documents.newInterim')}
          </LinkButton>
          <LinkButton to={paths.newReport(jobseekerId, 'final')} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
            {t('documents.newFinal')}
          </LinkButton>
        </HStack>
      </VStack>
      <HStack gap="space-8" wrap>
        <LinkButton to={paths.employerProfile(jobseekerId)} variant="tertiary" size="small" icon={<FileTextIcon aria-hidden />}>
          {t('documents.employerProfile')}
        </LinkButton>
        <LinkButton to={paths.personExport(jobseekerId)} variant="tertiary" size="small" icon={<FileTextIcon aria-hidden />}>
          {t('documents.export')}
        </LinkButton>
      </HStack>
    </VStack>
  );
}
