import { database, type Draft } from './db';

/**
 * Unsaved form input, kept on the device as the user types so that leaving
 * the screen, closing the tab or a crash loses nothing. Never synced.
 */
export const drafts = {
  async get(key: string): Promise<Draft | undefined> {
    return database().drafts.get(key);
  },

  async save(key: string, values: Record<string, unknown>, now: Date = new Date()): Promise<void> {
    await database().drafts.put({ key, values, savedAt: now.toISOString() });
  },

  async discard(key: string): Promise<void> {
    await database().drafts.delete(key);
  },

  async count(): Promise<number> {
    return database().drafts.count();
  },
};
