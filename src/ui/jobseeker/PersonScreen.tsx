import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Detail, HStack, Loader, Tag, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router';
import { AgreementSummary } from '../agreement/AgreementSummary';
import { paths } from '../app/paths';
import { ContactLinks } from '../components/ContactLinks';
import { Flash } from '../components/Flash';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { NoteList } from '../notes/NoteList';
import { ProfileSummary } from '../profile/ProfileSummary';
import { CaseHistory } from './CaseHistory';
import { StepPanel } from './StepPanel';
import { LinkButton } from '../components/LinkButton';
import { ResponsibleLine } from '../handover/ResponsibleLine';
import { PersonPlacements } from '../placements/PersonPlacements';
import { PersonEmployerWork } from '../employers/PersonEmployerWork';
import { PersonDocuments } from '../reports/PersonDocuments';
import { usePersonFile } from './queries';

/** One jobseeker: how to reach them, where they are in the five steps, consent, profile, notes, history. */
export function PersonScreen() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const file = usePersonFile(id);
  if (file === undefined) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const { jobseeker, state, events, agreement, profile, notes } = file;

  return (
    <VStack gap="space-32">
      <Flash />
      <PageHeader title={jobseeker.name} backTo={paths.caseload}>
        <HStack gap="space-8" align="center" wrap>
          {jobseeker.demo && (
            <Tag size="small" variant="alt1">
              {t('person.demo')}
            </Tag>
          )}
          <Detail>{t('person.referred', { date: formatDate(jobseeker.referralDate, language) })}</Detail>
        </HStack>
        {jobseeker.goalText && (
          <BodyShort>
            {t('person.goal')} ({t(`mainGoal.${jobseeker.mainGoal}`)}): {jobseeker.goalText}
          </BodyShort>
        )}
        <ResponsibleLine jobseeker={jobseeker} />
        <ContactLinks name={jobseeker.name} phone={jobseeker.phone} email={jobseeker.email} address={jobseeker.address} />
        <HStack gap="space-8" wrap>
          <LinkButton to={paths.newNote(id)} icon={<PlusIcon aria-hidden />}>
            {t('person.writeNote')}
          </LinkButton>
          <LinkButton to={paths.editPerson(id)} variant="tertiary" icon={<PencilIcon aria-hidden />}>
            {t('person.editDetails')}
          </LinkButton>
        </HStack>
      </PageHeader>
      <StepPanel jobseekerId={id} state={state} />
      <NoteList jobseekerId={id} notes={notes} limit={3} />
      <PersonPlacements jobseekerId={id} />
      <AgreementSummary jobseekerId={id} agreement={agreement} />
      <PersonEmployerWork jobseeker={jobseeker} agreement={agreement} />
      <ProfileSummary jobseekerId={id} profile={profile} />
      <PersonDocuments jobseekerId={id} />
      <CaseHistory events={events} />
    </VStack>
  );
}
