/**
 * Forms with a draft save still waiting register here, so that an app
 * update can write every draft to the device before it reloads the page.
 */
const pending = new Set<() => Promise<void>>();

export function registerPendingDraft(flush: () => Promise<void>): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...pending].map((flush) => flush()));
}
