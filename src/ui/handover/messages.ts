import { defineMessages } from '../i18n/defineMessages';

export const handoverMessages = defineMessages({
  nb: {
    'handover.responsible': 'Ansvarlig: {name}',
    'handover.you': 'deg',
    'handover.unknown': 'en kollega',
    'handover.action': 'Overfør til kollega',
    'handover.title': 'Overfør {name}',
    'handover.intro': 'Kollegaen blir ansvarlig for personen. Notater, avtaler og historikk følger med.',
    'handover.choose': 'Hvem skal følge opp?',
    'handover.done': '{person} er overført til {colleague}.',
    'handover.noColleagues': 'Det er ingen andre i teamet å overføre til.',
    'handover.signInFirst': 'Logg inn for å overføre personer til kolleger i teamet.',
  },
  en: {
    'handover.responsible': 'Responsible: {name}',
    'handover.you': 'you',
    'handover.unknown': 'a colleague',
    'handover.action': 'Hand over to a colleague',
    'handover.title': 'Hand over {name}',
    'handover.intro': 'The colleague becomes responsible for the person. Notes, agreements and history go with them.',
    'handover.choose': 'Who will follow up?',
    'handover.done': '{person} was handed over to {colleague}.',
    'handover.noColleagues': 'There is no one else in the team to hand over to.',
    'handover.signInFirst': 'Log in to hand people over to colleagues in your team.',
  },
});
