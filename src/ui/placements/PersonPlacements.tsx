import { NotePencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Detail, Heading, HStack, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { followUpStatus } from '../../domain/followUpRhythm';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { PlacementStatusTag } from './PlacementStatusTag';
import { rhythmLine } from './rhythmText';
import { usePersonPlacements } from './queries';

/** On the person page: the person's placements (there may be more than one), a new one, and the quick log. */
export function PersonPlacements({ jobseekerId }: { jobseekerId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const today = useToday();
  const work = usePersonPlacements(jobseekerId);

  return (
    <VStack as="section" gap="space-12" aria-labelledby="placements-heading">
      <Heading level="2" size="medium" id="placements-heading">
        {t('personPlacements.heading')}
      </Heading>
      {work && work.placements.length === 0 && <BodyShort>{t('personPlacements.empty')}</BodyShort>}
      {work && work.placements.length > 0 && (
        <VStack as="ul" gap="space-8" className="list-reset">
          {work.placements.map((placement) => (
            <li key={placement.id}>
              <RouterLink to={paths.placement(placement.id)} className="card-link">
                <VStack gap="space-4">
                  <BodyShort weight="semibold" as="span">
                    {t('placement.title', {
                      job: placement.jobTitle,
                      employer: work.employerNames.get(placement.employerId) ?? t('placement.unknownEmployer'),
                    })}
                  </BodyShort>
                  <HStack gap="space-8" align="center" wrap>
                    <PlacementStatusTag status={placement.status} />
                    <Detail as="span">{t('personPlacements.since', { date: formatDate(placement.startDate, language) })}</Detail>
                  </HStack>
                  {placement.status === 'ongoing' && (
                    <Detail>{rhythmLine(placement, followUpStatus(placement, work.visits, today), today, i18n)}</Detail>
                  )}
                </VStack>
              </RouterLink>
            </li>
          ))}
        </VStack>
      )}
      <HStack gap="space-8" wrap>
        <LinkButton to={paths.newPlacement(jobseekerId)} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
          {t('personPlacements.new')}
        </LinkButton>
        <LinkButton
          to={`${paths.quickLogFor(jobseekerId)}?fra=person`}
          variant="secondary"
          size="small"
          icon={<NotePencilIcon aria-hidden />}
        >
          {t('personPlacements.logVisit')}
        </LinkButton>
      </HStack>
    </VStack>
  );
}
