import { defineMessages } from '../i18n/defineMessages';

export const caseloadMessages = defineMessages({
  nb: {
    'caseload.title': 'TODO',
  },
  en: {
    'caseload.title': 'TODO',
  },
});
