import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Button, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { employers } from '../../data/employerRepository';
import type { EmployerChoice } from '../../data/placementQueries';
import { paths } from '../app/paths';
import { fieldId } from '../components/FormErrors';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import type { PlacementFormValues } from './placementFormValues';

type SetField = <K extends keyof PlacementFormValues>(field: K, value: PlacementFormValues[K]) => void;

interface EmployerFieldsProps {
  values: PlacementFormValues;
  setField: SetField;
  errorFor: (field: string) => string | undefined;
  choices: EmployerChoice[];
}

/**
 * The employer and the contact person. At the employer's, the employer may
 * not be in the register yet: it can be added here by name and chosen at
 * once, without leaving the form.
 */
export function EmployerFields({ values, setField, errorFor, choices }: EmployerFieldsProps) {
  const { t, tCode } = useI18n();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | null>(null);
  const chosen = choices.find((choice) => choice.employer.id === values.employerId);

  const addEmployer = async () => {
    const result = await employers.add({ name });
    if (!result.ok) {
      setNameError(tCode(result.errors.name ?? 'error.saveFailed'));
      return;
    }
    setField('employerId', result.value.id);
    setField('contactPersonId', '');
    setAdded(result.value.name);
    setAdding(false);
    setName('');
    setNameError(undefined);
    requestAnimationFrame(() => document.getElementById(fieldId('employerId'))?.focus());
  };

  return (
    <Fieldset legend={t('placementForm.employerSection')} errorPropagation={false}>
      <VStack gap="space-16">
        <Select
          id={fieldId('employerId')}
          label={t('placementForm.employer')}
          description={choices.length === 0 ? t('placementForm.noEmployers') : undefined}
          value={values.employerId}
          error={errorFor('employerId')}
          onChange={(event) => {
            setField('employerId', event.target.value);
            setField('contactPersonId', '');
            setAdded(null);
          }}
        >
          <option value="">{t('placementForm.chooseEmployer')}</option>
          {choices.map(({ employer }) => (
            <option key={employer.id} value={employer.id}>
              {employer.name}
            </option>
          ))}
        </Select>
        {added && (
          <BodyShort size="small" role="status">
            {t('placementForm.employerAdded', { name: added })}
          </BodyShort>
        )}
        {!adding ? (
          <VStack gap="space-4" align="start">
            <BodyShort size="small">{t('placementForm.addEmployerHint')}</BodyShort>
            <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => setAdding(true)}>
              {t('placementForm.addEmployer')}
            </Button>
          </VStack>
        ) : (
          <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
            <VStack gap="space-12" align="start">
              <TextField
                label={t('placementForm.newEmployerName')}
                value={name}
                error={nameError}
                autoComplete="off"
                autoFocus
                onChange={(event) => setName(event.target.value)}
                onKeyDown={(event) => {
                  // Enter adds the employer instead of submitting the whole placement.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void addEmployer();
                  }
                }}
              />
              <HStack gap="space-8" wrap>
                <Button type="button" size="small" onClick={() => void addEmployer()}>
                  {t('placementForm.addEmployerButton')}
                </Button>
                <Button type="button" size="small" variant="tertiary" onClick={() => setAdding(false)}>
                  {t('common.cancel')}
                </Button>
              </HStack>
              <LinkButton to={paths.newEmployer} variant="tertiary" size="small">
                {t('placementForm.fullEmployerForm')}
              </LinkButton>
            </VStack>
          </Box>
        )}
        {chosen && (
          <VStack gap="space-4" align="start">
            <Select
              id={fieldId('contactPersonId')}
              label={t('placementForm.contactPerson')}
              value={values.contactPersonId}
              error={errorFor('contactPersonId')}
              onChange={(event) => setField('contactPersonId', event.target.value)}
            >
              <option value="">{t('placementForm.noContactPerson')}</option>
              {chosen.contactPersons.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.role ? `${person.name} (${person.role})` : person.name}
                </option>
              ))}
            </Select>
            <LinkButton to={paths.newContactPerson(chosen.employer.id)} variant="tertiary" size="small" icon={<PlusIcon aria-hidden />}>
              {t('placementForm.addContactPerson')}
            </LinkButton>
          </VStack>
        )}
      </VStack>
    </Fieldset>
  );
}
