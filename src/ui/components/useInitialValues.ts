import { useState } from 'react';

/**
 * What a form starts from: built once its data has loaded, and built again only
 * when `startKey` changes (another record, another day). Later changes to the
 * data under it (a sync, another tab) never reset what is being typed.
 */
export function useInitialValues<T>(loaded: boolean, build: () => T, startKey: string): T | undefined {
  const [start, setStart] = useState<{ key: string; values: T } | undefined>(undefined);
  if (!loaded) return undefined;
  if (start?.key === startKey) return start.values;
  // Derived from an earlier render's state, as React allows: set during render, no effect.
  const values = build();
  setStart({ key: startKey, values });
  return values;
}
