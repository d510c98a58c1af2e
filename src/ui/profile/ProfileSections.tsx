import { Heading, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { CV_STATUSES, YES_NO } from '../../domain/profile';
import { fieldId } from '../components/FormErrors';
import type { DraftForm } from '../components/useDraftForm';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { FIELD_LABELS, type ProfileFormValues } from './profileFormValues';

export interface SectionProps {
  values: ProfileFormValues;
  setField: DraftForm<ProfileFormValues>['setField'];
  errorFor: (field: string) => string | undefined;
}

type TextKey = { [K in keyof ProfileFormValues]: ProfileFormValues[K] extends string ? K : never }[keyof ProfileFormValues];
type FreeTextKey = Exclude<TextKey, 'driversLicence' | 'cvStatus'>;

/** One group of the profile under its own heading, so the form reads in short parts on a phone. */
export function ProfileSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <VStack as="section" gap="space-16" aria-labelledby={id}>
      <Heading level="2" size="small" id={id}>
        {title}
      </Heading>
      {children}
    </VStack>
  );
}

function useFields({ values, setField, errorFor }: SectionProps) {
  const { t } = useI18n();
  const props = (name: FreeTextKey, description?: MessageKey) => ({
    id: fieldId(name),
    label: t(FIELD_LABELS[name]),
    description: description ? t(description) : undefined,
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) => setField(name, event.target.value),
  });
  const long = (name: FreeTextKey, description?: MessageKey) => <Textarea minRows={2} {...props(name, description)} />;
  const short = (name: FreeTextKey, description?: MessageKey) => <TextField autoComplete="off" {...props(name, description)} />;
  return { t, props, long, short };
}

export function BackgroundSection(section: SectionProps) {
  const { t, long } = useFields(section);
  const { values, setField, errorFor } = section;
  return (
    <ProfileSection id="profile-background" title={t('profile.background')}>
      {long('interests')}
      {long('skills')}
      {long('workExperience')}
      {long('education')}
      <RadioGroup
        id={fieldId('cvStatus')}
        legend={t('profile.cvStatus')}
        value={values.cvStatus}
        error={errorFor('cvStatus')}
        onChange={(value: ProfileFormValues['cvStatus']) => setField('cvStatus', value)}
      >
        {CV_STATUSES.map((status) => (
          <Radio key={status} value={status}>
            {t(`profile.cv.${status}`)}
          </Radio>
        ))}
        <Radio value="">{t('common.notSet')}</Radio>
      </RadioGroup>
    </ProfileSection>
  );
}

export function ConditionsSection(section: SectionProps) {
  const { t, props, short } = useFields(section);
  const { values, setField, errorFor } = section;
  return (
    <ProfileSection id="profile-conditions" title={t('profile.conditions')}>
      {short('preferredHours', 'profile.preferredHoursDescription')}
      <TextField
        inputMode="numeric"
        htmlSize={6}
        autoComplete="off"
        {...props('preferredPercent', 'profile.preferredPercentDescription')}
      />
      {short('area', 'profile.areaDescription')}
      {short('transport', 'profile.transportDescription')}
      <RadioGroup
        id={fieldId('driversLicence')}
        legend={t('profile.driversLicence')}
        value={values.driversLicence}
        error={errorFor('driversLicence')}
        onChange={(value: ProfileFormValues['driversLicence']) => setField('driversLicence', value)}
      >
        {YES_NO.map((answer) => (
          <Radio key={answer} value={answer}>
            {t(`common.${answer}`)}
          </Radio>
        ))}
        <Radio value="">{t('common.notSet')}</Radio>
      </RadioGroup>
    </ProfileSection>
  );
}

export function SupportSection(section: SectionProps) {
  const { t, long } = useFields(section);
  return (
    <ProfileSection id="profile-support" title={t('profile.support')}>
      {long('whatHelps')}
      {long('whatToAvoid')}
      {long('healthNeeds', 'profile.healthNeedsDescription')}
      {long('earlyWarningSigns', 'profile.earlyWarningSignsDescription')}
      {long('noShowPlan', 'profile.noShowPlanDescription')}
    </ProfileSection>
  );
}

export function ToolsSection(section: SectionProps) {
  const { t, long } = useFields(section);
  return (
    <ProfileSection id="profile-tools" title={t('profile.tools')}>
      {long('toolsAndTasters', 'profile.toolsAndTastersDescription')}
    </ProfileSection>
  );
}
