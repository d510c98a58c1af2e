import { defineMessages } from '../i18n/defineMessages';

export const profileMessages = defineMessages({
  nb: {
    'profile.title': 'TODO',
  },
  en: {
    'profile.title': 'TODO',
  },
});
