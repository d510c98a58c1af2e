import { defineMessages } from '../i18n/defineMessages';

export const agreementMessages = defineMessages({
  nb: {
    'agreement.title': 'TODO',
  },
  en: {
    'agreement.title': 'TODO',
  },
});
