import * as z from 'zod/mini';
import { isValidOrgnr, normalizeOrgnr } from './orgnr';
import type { RecordMeta } from './record';
import { optionalEmail, optionalPhone, optionalText, requiredText } from './validation';

/** How far the relationship with an employer has come. */
export const RELATIONSHIP_STATUSES = ['new', 'in-dialogue', 'partner', 'not-relevant'] as const; // ny, i dialog, samarbeidspartner, ikke aktuell
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** An employer (arbeidsgiver) in the team's register. The orgnr is optional, but checked when given. */
export const employerInputSchema = z.object({
  name: requiredText(200),
  orgnr: z.pipe(
    z._default(
      z.string().check(
        z.trim(),
        z.refine((value) => value === '' || isValidOrgnr(value), { error: 'error.orgnr' }),
      ),
      '',
    ),
    z.transform((value: string) => normalizeOrgnr(value)),
  ),
  industry: optionalText(200),
  address: optionalText(300),
  phone: optionalPhone,
  web: optionalText(300),
  notes: optionalText(4000),
  relationship: z._default(z.enum(RELATIONSHIP_STATUSES, { error: 'error.required' }), 'new'),
});
export type EmployerInput = z.input<typeof employerInputSchema>;
export type EmployerFields = z.output<typeof employerInputSchema>;
export type Employer = RecordMeta & EmployerFields;

/** A contact person (kontaktperson) at an employer; one may be the decision maker. */
export const contactPersonInputSchema = z.object({
  name: requiredText(120),
  role: optionalText(120),
  phone: optionalPhone,
  email: optionalEmail,
  decisionMaker: z._default(z.boolean(), false),
});
export type ContactPersonInput = z.input<typeof contactPersonInputSchema>;
export type ContactPersonFields = z.output<typeof contactPersonInputSchema>;
export type ContactPerson = RecordMeta & { employerId: string } & ContactPersonFields;
