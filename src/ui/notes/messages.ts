import { defineMessages } from '../i18n/defineMessages';

export const notesMessages = defineMessages({
  nb: {
    'notes.title': 'TODO',
  },
  en: {
    'notes.title': 'TODO',
  },
});
