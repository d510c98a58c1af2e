import { BodyShort, Button, Checkbox, CheckboxGroup, Heading, VStack } from '@navikt/ds-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { reports } from '../../data/reportRepository';
import { DateField } from '../components/DateField';
import { FormErrors, fieldId } from '../components/FormErrors';
import { useToday } from '../components/today';
import { useSaveForm } from '../components/useSaveForm';
import { useReportsI18n } from './useReportsI18n';

/** [REPORT-2] Marks a draft as shared, once the jobseeker has been told about it. */
export function ReportShareForm({ reportId, returnTo }: { reportId: string; returnTo: string }) {
  const { t } = useReportsI18n();
  const today = useToday();
  const navigate = useNavigate();
  const [informed, setInformed] = useState(false);
  const [sharedDate, setSharedDate] = useState(today);
  const save = useCallback(() => reports.share(reportId, { informed, sharedDate }, today), [reportId, informed, sharedDate, today]);
  const onSaved = useCallback(
    () => navigate(returnTo, { replace: true, state: { flash: t('report.markedShared') } }),
    [navigate, returnTo, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  return (
    <VStack as="form" gap="space-16" onSubmit={submit} noValidate aria-labelledby="share-heading" className="no-print">
      <Heading level="2" size="medium" id="share-heading">
        {t('report.shareHeading')}
      </Heading>
      <BodyShort>{t('report.shareIntro')}</BodyShort>
      <FormErrors
        codes={codes}
        labels={{ informed: t('report.informed'), sharedDate: t('report.sharedDate') }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      <CheckboxGroup
        id={fieldId('informed')}
        legend={t('report.shareHeading')}
        hideLegend
        value={informed ? ['informed'] : []}
        error={errorFor('informed')}
        onChange={(value: string[]) => setInformed(value.includes('informed'))}
      >
        <Checkbox value="informed">{t('report.informed')}</Checkbox>
      </CheckboxGroup>
      <DateField
        name="sharedDate"
        label={t('report.sharedDate')}
        max={today}
        value={sharedDate}
        error={errorFor('sharedDate')}
        onChange={setSharedDate}
      />
      <div>
        <Button type="submit" loading={saving}>
          {t('report.markShared')}
        </Button>
      </div>
    </VStack>
  );
}
