import { database } from './db';

export type Language = 'nb' | 'en';

/** Device settings that stay on the device. */
export const settings = {
  async language(): Promise<Language> {
    const entry = await database().meta.get('language');
    return entry?.value === 'en' ? 'en' : 'nb';
  },

  async setLanguage(language: Language): Promise<void> {
    await database().meta.put({ key: 'language', value: language });
  },
};
