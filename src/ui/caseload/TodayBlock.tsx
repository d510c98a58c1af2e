import { BellIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Detail, Heading, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { TodayItem } from '../../domain/caseload';
import { paths } from '../app/paths';
import { useI18n, type I18n } from '../i18n/I18nProvider';

function itemText(item: TodayItem, t: I18n['t']): string {
  if (item.kind === 'placement-follow-up') {
    const { jobTitle, employerName } = item.placement;
    const job = employerName ? t('today.jobAt', { job: jobTitle, employer: employerName }) : jobTitle;
    if (item.overdueDays === 0) return t('today.placementDue', { job });
    return item.overdueDays === 1 ? t('today.placementOverdueOne', { job }) : t('today.placementOverdue', { days: item.overdueDays, job });
  }
  if (item.kind === 'resume') return item.overdueDays === 0 ? t('today.resume') : t('today.resumeOverdue', { days: item.overdueDays });
  if (item.overdueDays === 0) return t('today.followUpDue');
  return item.overdueDays === 1 ? t('today.followUpOverdueOne') : t('today.followUpOverdue', { days: item.overdueDays });
}

/** [TODAY-1] [TODAY-2] Follow-ups due today or overdue (placements' by their plan), and pauses that end, at the top of the home screen. */
export function TodayBlock({ items }: { items: TodayItem[] }) {
  const { t } = useI18n();
  return (
    <Box as="section" aria-labelledby="today-heading" padding="space-12" borderRadius="8" background="warning-soft">
      <VStack gap="space-8">
        <Heading level="2" size="small" id="today-heading">
          <BellIcon aria-hidden /> {t('today.title')}
        </Heading>
        {items.length === 0 ? (
          <BodyShort>{t('today.empty')}</BodyShort>
        ) : (
          <VStack as="ul" gap="space-8" className="list-reset">
            {items.map((item) => (
              <li
                key={
                  item.kind === 'placement-follow-up'
                    ? `placement-${item.placement.placementId}`
                    : `${item.kind}-${item.entry.jobseeker.id}`
                }
              >
                <RouterLink
                  to={
                    item.kind === 'placement-follow-up'
                      ? paths.placement(item.placement.placementId)
                      : paths.person(item.entry.jobseeker.id)
                  }
                  className="card-link"
                >
                  <BodyShort weight="semibold" as="span">
                    {item.entry.jobseeker.name}
                  </BodyShort>
                  <Detail>{itemText(item, t)}</Detail>
                </RouterLink>
              </li>
            ))}
          </VStack>
        )}
      </VStack>
    </Box>
  );
}
