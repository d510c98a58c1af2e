import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, VStack } from '@navikt/ds-react';
import type { Profile } from '../../domain/profile';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';

/**
 * The facts a specialist needs before looking for jobs, shortest first.
 * Health needs, warning signs and the no-show plan stay in the full profile:
 * the person page is opened in cafés and at workplaces.
 */
function keyFacts(profile: Profile, t: I18n['t']): [MessageKey, string][] {
  const percent = profile.preferredPercent === '' ? '' : t('profile.percent', { percent: profile.preferredPercent });
  const hours = [profile.preferredHours, percent].filter(Boolean).join(', ');
  const facts: [MessageKey, string][] = [
    ['profile.preferredHours', hours],
    ['profile.area', profile.area],
    ['profile.transport', profile.transport],
    ['profile.driversLicence', profile.driversLicence ? t(`common.${profile.driversLicence}`) : ''],
    ['profile.cvStatus', profile.cvStatus ? t(`profile.cv.${profile.cvStatus}`) : ''],
    ['profile.whatHelps', profile.whatHelps],
    ['profile.whatToAvoid', profile.whatToAvoid],
  ];
  return facts.filter(([, value]) => value !== '');
}

/** Step 2 on the person page: job wishes in priority order and the key facts. */
export function ProfileSummary({ jobseekerId, profile }: { jobseekerId: string; profile: Profile | undefined }) {
  const { t } = useI18n();
  const facts = profile ? keyFacts(profile, t) : [];
  return (
    <VStack as="section" gap="space-12" aria-labelledby="profile-heading">
      <Heading level="2" size="medium" id="profile-heading">
        {t('profile.heading')}
      </Heading>
      {profile === undefined ? (
        <>
          <BodyShort>{t('profile.none')}</BodyShort>
          <HStack>
            <LinkButton to={paths.profile(jobseekerId)} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
              {t('profile.fillIn')}
            </LinkButton>
          </HStack>
        </>
      ) : (
        <>
          <VStack gap="space-4">
            <Heading level="3" size="xsmall" id="profile-job-wishes-heading">
              {t('profile.jobWishes')}
            </Heading>
            {profile.jobWishes.length === 0 ? (
              <BodyShort>{t('profile.noJobWishes')}</BodyShort>
            ) : (
              <ol aria-labelledby="profile-job-wishes-heading">
                {profile.jobWishes.map((wish, index) => (
                  <li key={index}>{wish}</li>
                ))}
              </ol>
            )}
          </VStack>
          {facts.length > 0 && (
            <VStack as="dl" gap="space-8">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <BodyShort as="dt" weight="semibold">
                    {t(label)}
                  </BodyShort>
                  <BodyShort as="dd" className="pre-wrap fact-value">
                    {value}
                  </BodyShort>
                </div>
              ))}
            </VStack>
          )}
          <HStack>
            <LinkButton to={paths.profile(jobseekerId)} variant="tertiary" size="small" icon={<PencilIcon aria-hidden />}>
              {t('profile.edit')}
            </LinkButton>
          </HStack>
        </>
      )}
    </VStack>
  );
}
