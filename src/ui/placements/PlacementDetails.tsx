import { Heading, VStack } from '@navikt/ds-react';
import type { PlacementFile } from '../../data/placementQueries';
import { formatPhone } from '../../domain/validation';
import { ContactLinks } from '../components/ContactLinks';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { FactList } from './FactList';

const decimal = (value: number | '') => (value === '' ? '' : String(value).replace('.', ','));

/** What the job is: form, size, wage, period, supports, mentor and accommodations. */
export function PlacementDetails({ file }: { file: PlacementFile }) {
  const { t, language } = useI18n();
  const { placement, contactPerson } = file;
  const position = [
    placement.percent === '' ? '' : t('placement.percent', { percent: placement.percent }),
    placement.hoursPerWeek === '' ? '' : t('placement.hours', { hours: decimal(placement.hoursPerWeek) }),
  ]
    .filter(Boolean)
    .join(', ');
  const supports = placement.supports
    .map((support) => (support === 'other' && placement.supportOther ? placement.supportOther : t(`support.${support}`)))
    .join(', ');
  const mentor = [placement.mentorName, placement.mentorPhone ? formatPhone(placement.mentorPhone) : ''].filter(Boolean).join(', ');
  const date = (value: string) => (value ? formatDate(value, language) : '');

  return (
    <VStack as="section" gap="space-12" aria-labelledby="placement-details-heading">
      <Heading level="2" size="medium" id="placement-details-heading">
        {t('placement.detailsHeading')}
      </Heading>
      <FactList
        facts={[
          [t('placement.employmentForm'), t(`employmentForm.${placement.employmentForm}`)],
          [t('placement.position'), position],
          [t('placement.wage'), placement.hourlyWage === '' ? '' : t('placement.wageValue', { wage: decimal(placement.hourlyWage) })],
          [t('placement.startDate'), date(placement.startDate)],
          [t('placement.plannedEndDate'), date(placement.plannedEndDate)],
          [t('placement.endDate'), date(placement.endDate)],
          [
            t('placement.endReason'),
            placement.endReason ? [t(`endReason.${placement.endReason}`), placement.endNote].filter(Boolean).join(': ') : '',
          ],
          [
            t('placement.contactPerson'),
            contactPerson ? (contactPerson.role ? `${contactPerson.name} (${contactPerson.role})` : contactPerson.name) : '',
          ],
          [t('placement.supports'), supports],
          [t('placement.mentor'), mentor],
          [t('placement.accommodations'), placement.accommodations],
        ]}
      />
      {contactPerson && <ContactLinks name={contactPerson.name} phone={contactPerson.phone} email={contactPerson.email} address="" />}
      {placement.mentorPhone && (
        <ContactLinks name={placement.mentorName || t('placement.mentor')} phone={placement.mentorPhone} email="" address="" />
      )}
    </VStack>
  );
}
