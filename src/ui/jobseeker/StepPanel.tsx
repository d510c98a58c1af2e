// This component's Aksel styles load with its screen, not with the app shell.
import '@navikt/ds-css/dist/component/stepper.css';
import { BodyShort, HStack, Heading, Stepper, VStack } from '@navikt/ds-react';
import type { CaseState } from '../../domain/caseState';
import { SE_STEPS } from '../../domain/seSteps';
import { allowedStatusChanges } from '../../domain/stepTransitions';
import { paths } from '../app/paths';
import { StatusTag } from '../caseload/StatusTag';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/dictionary';
import { LinkButton } from '../components/LinkButton';

function statusActionLabel(from: CaseState['status'], to: 'active' | 'passive' | 'closed'): MessageKey {
  if (to === 'passive') return 'person.pause';
  if (to === 'closed') return 'person.close';
  return from === 'referred' ? 'person.activate' : from === 'passive' ? 'person.resume' : 'person.reopen';
}

function statusDetail(state: CaseState, { t, tCode, language }: I18n): string | null {
  if (state.status === 'passive' && state.resumeDate)
    return t('person.passiveUntil', { reason: state.passiveReason, date: formatDate(state.resumeDate, language) });
  if (state.status === 'closed' && state.endDate && state.outcome)
    return t('person.closedWith', { date: formatDate(state.endDate, language), outcome: tCode(`outcome.${state.outcome}`) });
  return null;
}

/** The five steps as a stepper, the status, and the ways to change them. */
export function StepPanel({ jobseekerId, state }: { jobseekerId: string; state: CaseState }) {
  const i18n = useI18n();
  const { t } = i18n;
  const detail = statusDetail(state, i18n);
  return (
    <VStack as="section" gap="space-12" aria-labelledby="step-heading">
      <Heading level="2" size="medium" id="step-heading">
        {t('person.stepHeading')}
      </Heading>
      <HStack gap="space-8" align="center">
        <BodyShort as="span">{t('person.status')}:</BodyShort>
        <StatusTag status={state.status} />
      </HStack>
      {detail && <BodyShort>{detail}</BodyShort>}
      {state.step === null ? (
        <BodyShort>{t('person.notStarted')}</BodyShort>
      ) : (
        <>
          <BodyShort weight="semibold">{t('person.currentStep', { step: t(`step.short.${state.step}`) })}</BodyShort>
          <Stepper aria-label={t('person.stepsLabel')} activeStep={state.step} orientation="vertical" interactive={false}>
            {SE_STEPS.map((step) => (
              <Stepper.Step key={step} completed={step < state.step!} interactive={false}>
                {t(`step.${step}`)}
              </Stepper.Step>
            ))}
          </Stepper>
        </>
      )}
      <HStack gap="space-8" wrap>
        {state.status === 'active' && (
          <LinkButton to={paths.changeStep(jobseekerId)} variant="primary" size="small">
            {t('person.changeStep')}
          </LinkButton>
        )}
        {allowedStatusChanges(state.status).map((to) => (
          <LinkButton key={to} to={paths.changeStatus(jobseekerId, to)} variant={to === 'active' ? 'primary' : 'secondary'} size="small">
            {t(statusActionLabel(state.status, to))}
          </LinkButton>
        ))}
      </HStack>
    </VStack>
  );
}
