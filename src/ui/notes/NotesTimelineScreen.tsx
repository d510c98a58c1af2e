import { PlusIcon } from '@navikt/aksel-icons';
import { HStack, Loader, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router';
import { paths } from '../app/paths';
import { Flash } from '../components/Flash';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { NoteList } from './NoteList';
import { usePersonFile } from '../jobseeker/queries';

/** All of a person's notes, newest first; a corrected note opens its earlier versions. */
export function NotesTimelineScreen() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const file = usePersonFile(id);
  if (file === undefined) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;

  return (
    <VStack gap="space-24">
      <Flash />
      <PageHeader title={t('notes.timelineTitle', { name: file.jobseeker.name })} backTo={paths.person(id)}>
        <HStack>
          <LinkButton to={paths.newNote(id)} icon={<PlusIcon aria-hidden />}>
            {t('notes.write')}
          </LinkButton>
        </HStack>
      </PageHeader>
      <NoteList jobseekerId={id} notes={file.notes} showHistory />
    </VStack>
  );
}
