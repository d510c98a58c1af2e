import { Button, HStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

/** Save and Cancel at the foot of every form, kept in reach of the thumb. */
export function FormActions({ saving, cancelTo }: { saving: boolean; cancelTo: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <HStack gap="space-8" className="sticky-actions">
      <Button type="submit" loading={saving}>
        {t('common.save')}
      </Button>
      <Button type="button" variant="tertiary" onClick={() => navigate(cancelTo)}>
        {t('common.cancel')}
      </Button>
    </HStack>
  );
}
