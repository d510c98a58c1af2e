import { ArrowUpIcon, PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HStack, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { fieldId } from './FormErrors';
import { useI18n } from '../i18n/I18nProvider';

interface TextListFieldProps {
  /** The form field the list is stored under; item `i` has the error path `<name>.<i>`. */
  name: string;
  legend: string;
  description?: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** The visible label of item `n` (counting from 1), e.g. "Jobbønske 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  errorFor: (field: string) => string | undefined;
  /** When the order means something (a priority), each item but the first can move up. */
  reorderable?: boolean;
  /** When a heading above already names the list, the legend is for screen readers only. */
  hideLegend?: boolean;
}

/**
 * An editable list of short texts: each item its own labelled field, with
 * buttons to remove it (and move it up, when the order is a priority).
 * Focus follows the item acted on, so a keyboard or screen reader user
 * keeps their place.
 */
export function TextListField({
  name,
  legend,
  description,
  items,
  onChange,
  itemLabel,
  addLabel,
  errorFor,
  reorderable = false,
  hideLegend = false,
}: TextListFieldProps) {
  const { t } = useI18n();
  // The field to focus once the list has re-rendered after an add, remove or move.
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (focusId.current === null) return;
    document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [items]);

  const inputId = (index: number) => fieldId(`${name}.${index}`);
  const upId = (index: number) => `${inputId(index)}-up`;
  const addId = `${fieldId(name)}-add`;
  const nameOf = (index: number) => items[index]?.trim() || itemLabel(index + 1);

  const add = () => {
    onChange([...items, '']);
    focusId.current = inputId(items.length);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    const next = Math.min(index, items.length - 2);
    focusId.current = next >= 0 ? inputId(next) : addId;
  };
  const moveUp = (index: number) => {
    const next = [...items];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    onChange(next);
    focusId.current = index - 1 > 0 ? upId(index - 1) : inputId(index - 1);
  };

  return (
    <Fieldset legend={legend} hideLegend={hideLegend} description={description} errorPropagation={false}>
      <VStack as={reorderable ? 'ol' : 'ul'} gap="space-12" className="list-reset">
        {items.map((item, index) => (
          <li key={index}>
            <HStack gap="space-8" align="end" wrap={false}>
              <div className="grow">
                <TextField
                  id={inputId(index)}
                  label={itemLabel(index + 1)}
                  value={item}
                  error={errorFor(`${name}.${index}`)}
                  autoComplete="off"
                  onChange={(event) => onChange(items.map((old, i) => (i === index ? event.target.value : old)))}
                />
              </div>
              {reorderable && index > 0 && (
                <Button
                  id={upId(index)}
                  type="button"
                  variant="secondary"
                  icon={<ArrowUpIcon aria-hidden />}
                  aria-label={t('common.moveUp', { item: nameOf(index) })}
                  onClick={() => moveUp(index)}
                />
              )}
              <Button
                type="button"
                variant="tertiary"
                icon={<TrashIcon aria-hidden />}
                aria-label={t('common.removeItem', { item: nameOf(index) })}
                onClick={() => remove(index)}
              />
            </HStack>
          </li>
        ))}
      </VStack>
      <HStack>
        <Button id={addId} type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
          {addLabel}
        </Button>
      </HStack>
    </Fieldset>
  );
}
