import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, Link, Loader, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useParams } from 'react-router';
import { followUpStatus } from '../../domain/followUpRhythm';
import type { PlacementStatus } from '../../domain/placement';
import { allowedPlacementChanges } from '../../domain/placementStatus';
import { paths } from '../app/paths';
import { Flash } from '../components/Flash';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { PlacementDetails } from './PlacementDetails';
import { PlacementStatusTag } from './PlacementStatusTag';
import { PlanSummary } from './PlanSummary';
import { StepFiveOffer, useOfferStepFive } from './StepFiveOffer';
import { VisitList } from './VisitList';
import { usePlacementFile } from './queries';

function actionLabel(from: PlacementStatus, to: PlacementStatus): MessageKey {
  if (to === 'ended') return 'placement.end';
  return from === 'ended' ? 'placement.reopen' : 'placement.start';
}

/** One placement: the job, the jobbstøtteplan and the rhythm against it, the follow-up visits, and status changes. */
export function PlacementScreen() {
  const { placementId = '' } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const file = usePlacementFile(placementId);
  const offerStepFive = useOfferStepFive();
  if (file === undefined) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('placement.notFound')} backTo={paths.caseload} />;
  const { placement, jobseeker, employer, visits } = file;
  const status = followUpStatus(placement, visits, today);
  const title = t('placement.title', { job: placement.jobTitle, employer: employer?.name ?? t('placement.unknownEmployer') });

  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        {!offerStepFive && <Flash />}
        <PageHeader title={title} backTo={paths.person(jobseeker.id)}>
          <HStack gap="space-8" align="center" wrap>
            <PlacementStatusTag status={placement.status} />
            <BodyShort>
              <Link as={RouterLink} to={paths.person(jobseeker.id)}>
                {t('placement.for', { name: jobseeker.name })}
              </Link>
              {employer && (
                <>
                  {' · '}
                  <Link as={RouterLink} to={paths.employer(employer.id)}>
                    {employer.name}
                  </Link>
                </>
              )}
            </BodyShort>
          </HStack>
        </PageHeader>
        {offerStepFive && <StepFiveOffer jobseekerId={jobseeker.id} name={jobseeker.name} state={file.state} />}
        <HStack gap="space-8" wrap>
          <LinkButton to={paths.editPlacement(placement.id)} variant="secondary" size="small" icon={<PencilIcon aria-hidden />}>
            {t('placement.edit')}
          </LinkButton>
          {allowedPlacementChanges(placement.status).map((to) => (
            <LinkButton key={to} to={paths.placementStatus(placement.id, to as 'ongoing' | 'ended')} variant="secondary" size="small">
              {t(actionLabel(placement.status, to))}
            </LinkButton>
          ))}
        </HStack>
      </VStack>
      <PlanSummary placement={placement} status={status} />
      <VStack as="section" gap="space-12" aria-labelledby="visits-heading">
        <Heading level="2" size="medium" id="visits-heading">
          {t('placement.visitsHeading')}
        </Heading>
        <HStack>
          <LinkButton to={paths.newFollowUpVisit(placement.id)} icon={<PlusIcon aria-hidden />}>
            {t('placement.logVisit')}
          </LinkButton>
        </HStack>
        <VisitList visits={visits} />
      </VStack>
      <PlacementDetails file={file} />
    </VStack>
  );
}
