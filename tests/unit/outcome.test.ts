import { describe, expect, it } from 'vitest';
import { END_CAUSES, OUTCOMES, outcomeForEndCause, type EndCause, type Outcome } from '../../src/domain/outcome';

describe('KLAR outcome categories', () => {
  it('are the six of the KLAR table, in its order', () => {
    expect(OUTCOMES).toEqual(['ordinary-work', 'work-trial', 'disability-benefit', 'education', 'other', 'withdrew']);
  });
});

describe('outcomeForEndCause', () => {
  it.each<[EndCause, Outcome]>([
    ['work-with-wage-subsidy', 'ordinary-work'],
    ['work-without-wage-subsidy', 'ordinary-work'],
    ['work-with-graded-disability', 'ordinary-work'],
    ['education', 'education'],
    ['other-measure', 'work-trial'],
    ['disability-benefit-applied', 'disability-benefit'],
    ['disability-benefit-granted', 'disability-benefit'],
    ['illness', 'other'],
    ['retirement', 'other'],
    ['other', 'other'],
  ])('files the end cause %s under %s', (cause, outcome) => {
    expect(outcomeForEndCause(cause)).toBe(outcome);
  });

  it('gives every end cause a KLAR category', () => {
    for (const cause of END_CAUSES) expect(OUTCOMES).toContain(outcomeForEndCause(cause));
  });

  it('never files an end cause as withdrew: that is chosen by the user, not derived', () => {
    expect(END_CAUSES.map(outcomeForEndCause)).not.toContain('withdrew');
  });
});
