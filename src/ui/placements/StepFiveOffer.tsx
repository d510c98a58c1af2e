import { Alert, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { cases } from '../../data/caseRepository';
import type { CaseState } from '../../domain/caseState';
import { checkStepChange } from '../../domain/stepTransitions';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';

/** Whether the screen was reached by saving a new placement. */
export function useOfferStepFive(): boolean {
  const location = useLocation();
  return (location.state as { offerStepFive?: boolean } | null)?.offerStepFive === true;
}

/**
 * After a new placement is saved: a clear question whether to move the
 * person to step 5. Nothing changes unless the user says yes; a case that is
 * not active cannot change step, and the user is told so.
 */
export function StepFiveOffer({ jobseekerId, name, state }: { jobseekerId: string; name: string; state: CaseState }) {
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const canMove = checkStepChange(state, 5, '') === null;
  useEffect(() => heading.current?.focus(), []);

  const done = (flash: string) => navigate(location.pathname, { replace: true, state: { flash } });
  const moveToStepFive = async () => {
    setBusy(true);
    try {
      const result = await cases.changeStep(jobseekerId, { date: today, step: 5, reason: '' }, today);
      if (result.ok) void done(t('stepOffer.moved', { name }));
      else setFailed(true);
    } catch (error) {
      console.error('Step change failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  if (!canMove)
    return (
      <Alert variant="success" size="small" role="status">
        {state.step === 5 ? t('placementForm.saved') : t('stepOffer.notActive')}
      </Alert>
    );
  return (
    <Box as="section" aria-labelledby="step-offer-heading" padding="space-16" borderRadius="8" background="info-soft">
      <VStack gap="space-12">
        <BodyShort role="status">{t('placementForm.saved')}</BodyShort>
        <Heading level="2" size="small" id="step-offer-heading" ref={heading} tabIndex={-1}>
          {t('stepOffer.title', { name })}
        </Heading>
        <BodyShort>{t('stepOffer.body')}</BodyShort>
        {failed && (
          <Alert variant="error" size="small" role="alert">
            {t('error.saveFailed')}
          </Alert>
        )}
        <HStack gap="space-8" wrap>
          <Button type="button" loading={busy} onClick={() => void moveToStepFive()}>
            {t('stepOffer.yes')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => done(t('stepOffer.kept'))}>
            {t('stepOffer.no')}
          </Button>
        </HStack>
      </VStack>
    </Box>
  );
}
