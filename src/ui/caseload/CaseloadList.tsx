import { BodyShort, Detail, HStack, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { CaseloadEntry } from '../../domain/caseload';
import { isFollowUpDue } from '../../domain/caseload';
import { paths } from '../app/paths';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { contactText } from './contactText';
import { StatusTag } from './StatusTag';

export function CaseloadList({ entries, total }: { entries: CaseloadEntry[]; total: number }) {
  const { t } = useI18n();
  return (
    <VStack gap="space-8" as="section" aria-label={t('caseload.title')}>
      <Detail aria-live="polite">
        {t('caseload.count', { shown: entries.length, total })} · {t('caseload.orderHint')}
      </Detail>
      {entries.length === 0 ? (
        <BodyShort>{t('caseload.noMatch')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-8" className="list-reset">
          {entries.map((entry) => (
            <li key={entry.jobseeker.id}>
              <CaseloadRow entry={entry} />
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}

function CaseloadRow({ entry }: { entry: CaseloadEntry }) {
  const { t, language } = useI18n();
  const today = useToday();
  const { jobseeker, state } = entry;
  const due = isFollowUpDue(entry, today);
  return (
    <RouterLink to={paths.person(jobseeker.id)} className="card-link">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          <BodyShort weight="semibold" as="span" className="caseload-name">
            {jobseeker.name}
          </BodyShort>
          {jobseeker.demo && (
            <Tag size="xsmall" variant="alt1">
              {t('caseload.demo')}
            </Tag>
          )}
        </HStack>
        <HStack gap="space-8" align="center" wrap>
          <StatusTag status={state.status} />
          <Detail as="span">{state.step ? t(`step.short.${state.step}`) : t('caseload.stepNone')}</Detail>
        </HStack>
        <Detail>{contactText(entry, t)}</Detail>
        <HStack gap="space-8" align="center">
          <Detail>
            {entry.nextFollowUp ? t('caseload.nextFollowUp', { date: formatDate(entry.nextFollowUp, language) }) : t('caseload.noFollowUp')}
          </Detail>
          {due && state.status !== 'closed' && (
            <Tag size="xsmall" variant="error">
              {t('caseload.overdue')}
            </Tag>
          )}
        </HStack>
      </VStack>
    </RouterLink>
  );
}
