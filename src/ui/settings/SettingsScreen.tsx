import { BodyShort, Button, Heading, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { settings } from '../../data/settingsRepository';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { StorageSection } from './StorageSection';
import { AccountSection } from './AccountSection';
import { useHasDemoCaseload } from '../caseload/queries';

export function SettingsScreen() {
  const { t, language } = useI18n();
  const hasDemo = useHasDemoCaseload();
  const [removed, setRemoved] = useState(false);

  return (
    <VStack gap="space-32">
      <PageHeader title={t('settings.title')} />
      <RadioGroup legend={t('settings.language')} value={language} onChange={(value: 'nb' | 'en') => void settings.setLanguage(value)}>
        <Radio value="nb" lang="nb">
          {t('settings.languageNb')}
        </Radio>
        <Radio value="en" lang="en">
          {t('settings.languageEn')}
        </Radio>
      </RadioGroup>
      <AccountSection />
      <StorageSection />
      <VStack as="section" gap="space-12" aria-labelledby="demo-heading">
        <Heading level="2" size="medium" id="demo-heading">
          {t('settings.demo')}
        </Heading>
        <BodyShort role="status">
          {removed ? t('settings.demoRemoved') : hasDemo ? t('settings.demoPresent') : t('settings.demoNone')}
        </BodyShort>
        {hasDemo && (
          <div>
            <Button
              variant="secondary"
              onClick={async () => {
                await (await import('../../data/demoCaseload')).demoCaseload.remove();
                setRemoved(true);
              }}
            >
              {t('settings.demoRemove')}
            </Button>
          </div>
        )}
      </VStack>
      <VStack as="section" gap="space-8" aria-labelledby="about-heading">
        <Heading level="2" size="medium" id="about-heading">
          {t('settings.about')}
        </Heading>
        <BodyShort>{t('settings.offline')}</BodyShort>
      </VStack>
    </VStack>
  );
}
