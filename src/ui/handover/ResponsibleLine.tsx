import { ArrowRightLeftIcon } from '@navikt/aksel-icons';
import { BodyShort, HStack } from '@navikt/ds-react';
import { responsibleSpecialist, type Jobseeker } from '../../domain/jobseeker';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import { useIdentity, useSession } from '../app/queries';

/** On the person page: who is responsible, and the way to hand the person over (when logged in to a team). */
export function ResponsibleLine({ jobseeker }: { jobseeker: Jobseeker }) {
  const { t } = useI18n();
  const session = useSession();
  const identity = useIdentity();
  if (!session || !identity) return null;
  const responsible = responsibleSpecialist(jobseeker);
  const name =
    responsible === identity.userId
      ? t('handover.you')
      : (session.members.find((member) => member.id === responsible)?.name ?? t('handover.unknown'));
  const colleagues = session.members.filter((member) => member.teamId === jobseeker.teamId && member.id !== responsible);
  return (
    <HStack gap="space-8" align="center" wrap>
      <BodyShort>{t('handover.responsible', { name })}</BodyShort>
      {colleagues.length > 0 && (
        <LinkButton to={paths.handOver(jobseeker.id)} variant="tertiary" size="small" icon={<ArrowRightLeftIcon aria-hidden />}>
          {t('handover.action')}
        </LinkButton>
      )}
    </HStack>
  );
}
