import { z } from 'zod';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { optionalText, pastOrTodayDate } from './validation';

/** A person the jobseeker allows the specialist to talk with (e.g. the treatment team). */
export const collaboratorSchema = z.object({
  name: z.string().trim().min(1, { error: 'error.required' }).max(120, { error: 'error.tooLong' }),
  role: z.string().trim().max(120, { error: 'error.tooLong' }).default(''),
});
export type Collaborator = z.infer<typeof collaboratorSchema>;

const shareItem = z.string().trim().min(1, { error: 'error.required' }).max(500, { error: 'error.tooLong' });

/**
 * Step 1: the collaboration agreement (samarbeidsavtale) and consent
 * (samtykke). The jobseeker decides what an employer may hear (åpenhet):
 * what may be told (kan formidles) and what must not (skal ikke deles).
 */
export function agreementInputSchema(today: IsoDate) {
  return z.object({
    signedDate: pastOrTodayDate(today),
    mayContactEmployers: z.boolean({ error: 'error.required' }),
    mayShare: z.array(shareItem).default([]),
    mustNotShare: z.array(shareItem).default([]),
    collaborators: z.array(collaboratorSchema).default([]),
    sharedGoal: optionalText(1000),
  });
}
export type AgreementInput = z.input<ReturnType<typeof agreementInputSchema>>;
export type AgreementFields = z.output<ReturnType<typeof agreementInputSchema>>;

export const agreementSchema = recordMetaSchema.extend({
  jobseekerId: z.string(),
  signedDate: z.string(),
  mayContactEmployers: z.boolean(),
  mayShare: z.array(z.string()),
  mustNotShare: z.array(z.string()),
  collaborators: z.array(collaboratorSchema),
  sharedGoal: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;
