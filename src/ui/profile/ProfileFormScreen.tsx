import { BodyLong, BodyShort, Loader, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { profiles } from '../../data/profileRepository';
import { TextListField } from '../components/TextListField';
import { paths } from '../app/paths';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { BackgroundSection, ConditionsSection, ProfileSection, SupportSection, ToolsSection } from './ProfileSections';
import { FIELD_LABELS, toFormValues, toInput, withoutEmptyWishes, type ProfileFormValues } from './profileFormValues';
import { FormActions } from '../components/FormActions';
import { usePersonFile } from '../jobseeker/queries';

function errorLabels(values: ProfileFormValues, t: I18n['t']): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [field, key] of Object.entries(FIELD_LABELS)) labels[field] = t(key);
  values.jobWishes.forEach((_, i) => (labels[`jobWishes.${i}`] = t('profile.jobWish', { n: i + 1 })));
  return labels;
}

/** Step 2: the vocational profile and career plan (`/personer/:id/yrkesprofil`). */
export function ProfileFormScreen() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const loaded = file !== undefined;
  const profile = file?.profile;
  const initial = useMemo(() => (loaded ? toFormValues(profile) : undefined), [loaded, profile]);
  const form = useDraftForm<ProfileFormValues>(`profile:${id}`, initial);

  const save = useCallback(() => {
    const values = withoutEmptyWishes(form.values!);
    if (values.jobWishes.length !== form.values!.jobWishes.length) form.setField('jobWishes', values.jobWishes);
    return profiles.save(id, toInput(values));
  }, [form, id]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { state: { flash: t('profile.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  const values = form.values;
  const section = { values, setField: form.setField, errorFor };

  return (
    <VStack gap="space-32" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('profile.title', { name: file.jobseeker.name })} backTo={paths.person(id)}>
        <BodyLong>{t('profile.intro')}</BodyLong>
      </PageHeader>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={errorLabels(values, t)} summaryRef={summaryRef} writeFailed={writeFailed} />
      <ProfileSection id="profile-job-wishes" title={t('profile.jobWishes')}>
        <BodyShort>{t('profile.jobWishesDescription')}</BodyShort>
        <TextListField
          name="jobWishes"
          legend={t('profile.jobWishes')}
          hideLegend
          items={values.jobWishes}
          onChange={(items) => form.setField('jobWishes', items)}
          itemLabel={(n) => t('profile.jobWish', { n })}
          addLabel={t('profile.jobWishAdd')}
          errorFor={errorFor}
          reorderable
        />
      </ProfileSection>
      <BackgroundSection {...section} />
      <ConditionsSection {...section} />
      <SupportSection {...section} />
      <ToolsSection {...section} />
      <FormActions saving={saving} cancelTo={paths.person(id)} />
    </VStack>
  );
}
