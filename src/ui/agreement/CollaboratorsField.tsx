import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HStack, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';

export interface CollaboratorValues {
  name: string;
  role: string;
}

/** Whom the jobseeker allows the specialist to talk with: one small fieldset (name, role) per person. */
export function CollaboratorsField({
  items,
  onChange,
  errorFor,
}: {
  items: CollaboratorValues[];
  onChange: (items: CollaboratorValues[]) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { t } = useI18n();
  // The field to focus once the list has re-rendered after an add, remove or move.
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (focusId.current === null) return;
    document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [items]);

  const nameId = (index: number) => fieldId(`collaborators.${index}.name`);
  const addId = `${fieldId('collaborators')}-add`;
  const update = (index: number, change: Partial<CollaboratorValues>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const add = () => {
    onChange([...items, { name: '', role: '' }]);
    focusId.current = nameId(items.length);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    const next = Math.min(index, items.length - 2);
    focusId.current = next >= 0 ? nameId(next) : addId;
  };

  return (
    <Fieldset legend={t('agreement.collaborators')} description={t('agreement.collaboratorsDescription')} errorPropagation={false}>
      <VStack as="ul" gap="space-16" className="list-reset">
        {items.map((item, index) => {
          const legend = t('agreement.collaborator', { n: index + 1 });
          return (
            <li key={index}>
              <Fieldset legend={legend} size="small" errorPropagation={false}>
                <VStack gap="space-8">
                  <TextField
                    id={nameId(index)}
                    label={t('agreement.collaboratorName')}
                    value={item.name}
                    error={errorFor(`collaborators.${index}.name`)}
                    autoComplete="off"
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                  <TextField
                    id={fieldId(`collaborators.${index}.role`)}
                    label={t('agreement.collaboratorRole')}
                    description={t('agreement.collaboratorRoleDescription')}
                    value={item.role}
                    error={errorFor(`collaborators.${index}.role`)}
                    autoComplete="off"
                    onChange={(event) => update(index, { role: event.target.value })}
                  />
                  <HStack>
                    <Button
                      type="button"
                      variant="tertiary"
                      size="small"
                      icon={<TrashIcon aria-hidden />}
                      aria-label={t('common.removeItem', { item: item.name.trim() || legend })}
                      onClick={() => remove(index)}
                    >
                      {t('common.remove')}
                    </Button>
                  </HStack>
                </VStack>
              </Fieldset>
            </li>
          );
        })}
      </VStack>
      <HStack>
        <Button id={addId} type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
          {t('agreement.collaboratorAdd')}
        </Button>
      </HStack>
    </Fieldset>
  );
}
