import { defineMessages } from './defineMessages';

/** Names of the domain's values (steps, statuses, meeting types, outcomes), used on many screens. */
export const domainTerms = defineMessages({
  nb: {
    'step.1': 'Innledende kontakt og samarbeidsavtale',
    'step.2': 'Yrkeskartlegging og karriereplanlegging',
    'step.3': 'Finne en passende jobb',
    'step.4': 'Samarbeid med arbeidsgivere',
    'step.5': 'Opplæring og oppfølging på og utenfor arbeidsplassen',
    'step.short.1': 'Steg 1: Kontakt og avtale',
    'step.short.2': 'Steg 2: Yrkeskartlegging',
    'step.short.3': 'Steg 3: Finne jobb',
    'step.short.4': 'Steg 4: Arbeidsgivere',
    'step.short.5': 'Steg 5: Oppfølging',
    'status.referred': 'Henvist',
    'status.active': 'Aktiv',
    'status.passive': 'Passiv',
    'status.closed': 'Avsluttet',
  },
  en: {
    'step.1': 'Initial contact and agreement',
    'step.2': 'Vocational profile and career plan',
    'step.3': 'Job finding',
    'step.4': 'Employer engagement',
    'step.5': 'On- and off-job support',
    'step.short.1': 'Step 1: Contact and agreement',
    'step.short.2': 'Step 2: Vocational profile',
    'step.short.3': 'Step 3: Job finding',
    'step.short.4': 'Step 4: Employers',
    'step.short.5': 'Step 5: Support',
    'status.referred': 'Referred',
    'status.active': 'Active',
    'status.passive': 'Paused',
    'status.closed': 'Closed',
  },
});
