import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Detail, Heading, HStack, VStack } from '@navikt/ds-react';
import type { Agreement } from '../../domain/agreement';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

function ItemList({ id, heading, items, empty }: { id: string; heading: string; items: string[]; empty: string }) {
  return (
    <VStack gap="space-4">
      <Heading level="3" size="xsmall" id={id}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <BodyShort>{empty}</BodyShort>
      ) : (
        <ul aria-labelledby={id}>
          {items.map((item, index) => (
            <li key={index} className="pre-wrap">
              {item}
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}

/**
 * Step 1 on the person page. Whether employers may be contacted is said in
 * words (an alert with text), never by colour alone: it is the first thing to
 * check before calling an employer.
 */
export function AgreementSummary({ jobseekerId, agreement }: { jobseekerId: string; agreement: Agreement | undefined }) {
  const { t, language } = useI18n();
  return (
    <VStack as="section" gap="space-12" aria-labelledby="agreement-heading">
      <Heading level="2" size="medium" id="agreement-heading">
        {t('agreement.heading')}
      </Heading>
      {agreement === undefined ? (
        <>
          <Alert variant="warning" size="small">
            {t('agreement.none')}
          </Alert>
          <HStack>
            <LinkButton to={paths.agreement(jobseekerId)} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
              {t('agreement.record')}
            </LinkButton>
          </HStack>
        </>
      ) : (
        <>
          <Detail>{t('agreement.signedOn', { date: formatDate(agreement.signedDate, language) })}</Detail>
          <Alert variant={agreement.mayContactEmployers ? 'success' : 'warning'} size="small">
            {agreement.mayContactEmployers ? t('agreement.employersYes') : t('agreement.employersNo')}
          </Alert>
          <ItemList
            id="agreement-may-share"
            heading={t('agreement.mayShare')}
            items={agreement.mayShare}
            empty={t('agreement.nothingListed')}
          />
          <ItemList
            id="agreement-must-not-share"
            heading={t('agreement.mustNotShare')}
            items={agreement.mustNotShare}
            empty={t('agreement.nothingListed')}
          />
          {agreement.collaborators.length > 0 && (
            <ItemList
              id="agreement-collaborators"
              heading={t('agreement.collaboratorsSummary')}
              items={agreement.collaborators.map(({ name, role }) => (role ? `${name} (${role})` : name))}
              empty={t('agreement.nothingListed')}
            />
          )}
          {agreement.sharedGoal && (
            <VStack gap="space-4">
              <Heading level="3" size="xsmall">
                {t('agreement.sharedGoal')}
              </Heading>
              <BodyLong className="pre-wrap">{agreement.sharedGoal}</BodyLong>
            </VStack>
          )}
          <HStack>
            <LinkButton to={paths.agreement(jobseekerId)} variant="tertiary" size="small" icon={<PencilIcon aria-hidden />}>
              {t('agreement.edit')}
            </LinkButton>
          </HStack>
        </>
      )}
    </VStack>
  );
}
