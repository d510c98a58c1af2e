import { defineMessages } from '../i18n/defineMessages';

export const settingsMessages = defineMessages({
  nb: {
    'settings.title': 'TODO',
  },
  en: {
    'settings.title': 'TODO',
  },
});
