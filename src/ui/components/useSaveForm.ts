import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { SaveResult } from '../../data/saveResult';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Submitting a form: runs the repository save, shows field errors (and the
 * summary above the form) when the input is refused, and a plain message if
 * the device could not write. A refused or failed save changes nothing.
 */
export function useSaveForm<T>(save: () => Promise<SaveResult<T>>, onSaved: (value: T) => void | Promise<void>) {
  const { tCode } = useI18n();
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const submit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (saving) return;
      setSaving(true);
      setWriteFailed(false);
      try {
        const result = await save();
        if (result.ok) {
          setCodes({});
          await onSaved(result.value);
        } else {
          setCodes(result.errors);
          requestAnimationFrame(() => summaryRef.current?.focus());
        }
      } catch (error) {
        console.error('Save failed', error);
        setWriteFailed(true);
      } finally {
        setSaving(false);
      }
    },
    [save, onSaved, saving],
  );

  const errorFor = useCallback((field: string) => (codes[field] ? tCode(codes[field]) : undefined), [codes, tCode]);
  return { submit, saving, codes, errorFor, writeFailed, summaryRef };
}
