import { BodyShort, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { jobseekers } from '../../data/jobseekerRepository';
import { responsibleSpecialist, type Jobseeker } from '../../domain/jobseeker';
import { paths } from '../app/paths';
import { FormActions } from '../components/FormActions';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../app/queries';
import { useJobseeker } from '../jobseeker/queries';

/**
 * `/personer/:id/overfor`: [HANDOVER-1] hand a jobseeker over to a colleague
 * in the team. Only the responsible specialist changes: notes, agreements
 * and history belong to the person and the team, so they go along by
 * themselves, and every device of the team gets the change at its next sync.
 */
export function HandoverScreen() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const person = useJobseeker(id);
  const [chosen, setChosen] = useState('');

  const save = useCallback(() => jobseekers.handOver(id, chosen), [id, chosen]);
  const onSaved = useCallback(
    (saved: Jobseeker) => {
      const colleague = session?.members.find((member) => member.id === saved.specialistId)?.name ?? '';
      void navigate(paths.person(id), { replace: true, state: { flash: t('handover.done', { person: saved.name, colleague }) } });
    },
    [navigate, id, session, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (person === undefined || session === undefined) return <p>{t('common.loading')}</p>;
  if (person === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const title = t('handover.title', { name: person.name });
  if (!session) {
    return (
      <VStack gap="space-16">
        <PageHeader title={title} backTo={paths.person(id)} />
        <BodyShort>{t('handover.signInFirst')}</BodyShort>
      </VStack>
    );
  }
  const responsible = responsibleSpecialist(person);
  const colleagues = session.members.filter((member) => member.teamId === person.teamId && member.id !== responsible);

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={title} backTo={paths.person(id)}>
        <BodyShort>{t('handover.intro')}</BodyShort>
      </PageHeader>
      <FormErrors codes={codes} labels={{ specialistId: t('handover.choose') }} summaryRef={summaryRef} writeFailed={writeFailed} />
      {colleagues.length === 0 ? (
        <BodyShort>{t('handover.noColleagues')}</BodyShort>
      ) : (
        <>
          <RadioGroup
            id={fieldId('specialistId')}
            legend={t('handover.choose')}
            value={chosen}
            onChange={(value: string) => setChosen(value)}
            error={errorFor('specialistId')}
          >
            {colleagues.map((member) => (
              <Radio key={member.id} value={member.id}>
                {member.name}
              </Radio>
            ))}
          </RadioGroup>
          <FormActions saving={saving} cancelTo={paths.person(id)} />
        </>
      )}
    </VStack>
  );
}
