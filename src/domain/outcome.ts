/**
 * Outcome categories of a closed or paused case, as in the KLAR project's
 * table (DOMAIN.md, "Outcomes"), and the finer end cause that may be kept.
 */
export const OUTCOMES = [
  'ordinary-work', // ordinært arbeid
  'work-trial', // praksis/arbeidstrening
  'disability-benefit', // søknad uføretrygd
  'education', // utdanning
  'other', // annet
  'withdrew', // trukket seg
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const END_CAUSES = [
  'work-with-wage-subsidy', // arbeid med lønnstilskudd
  'work-without-wage-subsidy',
  'work-with-graded-disability', // arbeid kombinert med gradert uføretrygd
  'education',
  'other-measure', // annet tiltak
  'illness',
  'disability-benefit-applied',
  'disability-benefit-granted',
  'retirement',
  'other',
] as const;
export type EndCause = (typeof END_CAUSES)[number];

/** The KLAR category a finer end cause falls under, to prefill the form. */
export function outcomeForEndCause(cause: EndCause): Outcome {
  switch (cause) {
    case 'work-with-wage-subsidy':
    case 'work-without-wage-subsidy':
    case 'work-with-graded-disability':
      return 'ordinary-work';
    case 'education':
      return 'education';
    case 'other-measure':
      return 'work-trial';
    case 'disability-benefit-applied':
    case 'disability-benefit-granted':
      return 'disability-benefit';
    case 'illness':
    case 'retirement':
    case 'other':
      return 'other';
  }
}
