import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { optionalText, pastOrTodayDate, requiredText } from './validation';

/** A person the jobseeker allows the specialist to talk with (e.g. the treatment team). */
export const collaboratorSchema = z.object({
  name: requiredText(120),
  role: optionalText(120),
});
export type Collaborator = z.infer<typeof collaboratorSchema>;

const shareItem = requiredText(500);

/**
 * Step 1: the collaboration agreement (samarbeidsavtale) and consent
 * (samtykke). The jobseeker decides what an employer may hear (åpenhet):
 * what may be told (kan formidles) and what must not (skal ikke deles).
 */
export function agreementInputSchema(today: IsoDate) {
  return z.object({
    signedDate: pastOrTodayDate(today),
    mayContactEmployers: z.boolean({ error: 'error.required' }),
    mayShare: z._default(z.array(shareItem), []),
    mustNotShare: z._default(z.array(shareItem), []),
    collaborators: z._default(z.array(collaboratorSchema), []),
    sharedGoal: optionalText(1000),
  });
}
export type AgreementInput = z.input<ReturnType<typeof agreementInputSchema>>;
export type AgreementFields = z.output<ReturnType<typeof agreementInputSchema>>;

export const agreementSchema = z.extend(recordMetaSchema, {
  jobseekerId: z.string(),
  signedDate: z.string(),
  mayContactEmployers: z.boolean(),
  mayShare: z.array(z.string()),
  mustNotShare: z.array(z.string()),
  collaborators: z.array(collaboratorSchema),
  sharedGoal: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;
