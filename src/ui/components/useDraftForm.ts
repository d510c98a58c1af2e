import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { drafts } from '../../data/draftRepository';
import { registerPendingDraft } from './draftRegistry';

/** How long typing may pause before the draft is written: short, so a crash loses at most a word. */
export const DRAFT_SAVE_DELAY_MS = 250;

export interface DraftForm<T> {
  /** null until the saved draft (if any) has been read. */
  values: T | null;
  setField: <K extends keyof T>(field: K, value: T[K]) => void;
  /** When the shown values came from a draft: the time it was saved. */
  restoredAt: string | null;
  /** Throws the draft away and shows the starting values again. */
  discard: () => Promise<void>;
  /** Forgets the draft after a successful save. */
  clear: () => Promise<void>;
}

/**
 * Form state that is kept on the device as the user types. Leaving the
 * screen, closing the tab or a crash and coming back restores the input.
 * `initial` is undefined while the record being edited is still loading.
 */
export function useDraftForm<T extends Record<string, unknown>>(key: string, initial: T | undefined): DraftForm<T> {
  const [values, setValues] = useState<T | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const latest = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const initialRef = useRef(initial);
  // Kept current for the effects below (layout effects run before them), without making them re-run.
  useLayoutEffect(() => {
    initialRef.current = initial;
  });
  const loaded = initial !== undefined;

  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    void drafts.get(key).then((draft) => {
      if (cancelled) return;
      const start = { ...initialRef.current!, ...(draft?.values as Partial<T> | undefined) };
      latest.current = start;
      setValues(start);
      setRestoredAt(draft?.savedAt ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [key, loaded]);

  const flush = useCallback(async () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    if (latest.current) await drafts.save(key, latest.current);
  }, [key]);

  useEffect(() => {
    const unregister = registerPendingDraft(flush);
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  const setField = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => {
      if (!latest.current) return;
      const next = { ...latest.current, [field]: value };
      latest.current = next;
      setValues(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void drafts.save(key, next);
      }, DRAFT_SAVE_DELAY_MS);
    },
    [key],
  );

  const forget = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    await drafts.discard(key);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(async () => {
    await forget();
    const start = { ...initialRef.current! };
    latest.current = start;
    setValues(start);
  }, [forget]);

  return { values, setField, restoredAt, discard, clear: forget };
}
