import { describe, expect, it } from 'vitest';
import { areNamesSimilar, editDistance, findSimilarNames, nameMatchesQuery, normalizeName } from '../../src/domain/nameMatch';
import { aJobseeker } from './fixtures';

describe('normalizeName', () => {
  it('lowers the case and squeezes spaces', () => {
    expect(normalizeName('  KARI   Nordmann ')).toBe('kari nordmann');
  });

  it('keeps Ø, Æ and Å as Norwegian letters, only in lower case', () => {
    expect(normalizeName('ØYVIND ÆRØ ÅSE')).toBe('øyvind ærø åse');
  });

  it('makes "Ø" and "ø" the same letter', () => {
    expect(normalizeName('Østby')).toBe(normalizeName('østby'));
  });

  it('does not turn "ø" into "o"', () => {
    expect(normalizeName('Søren')).not.toBe(normalizeName('Soren'));
    expect(normalizeName('Søren')).toBe('søren');
  });

  it('does not turn "å" into "a", even when typed as "a" plus a combining ring', () => {
    expect(normalizeName('A\u030Ase')).toBe('åse');
    expect(normalizeName('A\u030Ase')).not.toBe(normalizeName('Ase'));
  });

  it('drops other accents: "é" matches "e"', () => {
    expect(normalizeName('René Sørlié')).toBe('rene sørlie');
    expect(normalizeName('José Müller')).toBe('jose muller');
  });

  it('drops an accent also when typed as a combining mark', () => {
    expect(normalizeName('Rene\u0301')).toBe('rene');
  });

  it('treats hyphens, commas and apostrophes as spaces between words', () => {
    expect(normalizeName('Anne-Marie  O’Brien,')).toBe('anne marie o brien');
  });

  it('gives an empty string for a name of punctuation only', () => {
    expect(normalizeName(' - , ')).toBe('');
  });
});

describe('nameMatchesQuery: the caseload search', () => {
  const kari = normalizeName('Kari Østby Nordmann');

  it('finds a person by part of a name', () => {
    expect(nameMatchesQuery(kari, 'nord')).toBe(true);
  });

  it('finds a person by several words in any order', () => {
    expect(nameMatchesQuery(kari, 'nordmann kari')).toBe(true);
  });

  it('needs every word of the query to match', () => {
    expect(nameMatchesQuery(kari, 'kari hansen')).toBe(false);
  });

  it('ignores case, and finds "Ø" by "ø"', () => {
    expect(nameMatchesQuery(kari, 'ØSTBY')).toBe(true);
  });

  it('does not find "ø" by "o"', () => {
    expect(nameMatchesQuery(normalizeName('Søren Bø'), 'soren')).toBe(false);
    expect(nameMatchesQuery(normalizeName('Søren Bø'), 'bo')).toBe(false);
  });

  it('finds "é" by "e"', () => {
    expect(nameMatchesQuery(normalizeName('René Dahl'), 'rene')).toBe(true);
  });

  it('matches everyone with an empty query', () => {
    expect(nameMatchesQuery(kari, '   ')).toBe(true);
  });
});

describe('editDistance', () => {
  it('counts the insertions, deletions and substitutions between two words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('nordmann', 'nordman')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('is the same in both directions', () => {
    expect(editDistance('hansen', 'hanssen')).toBe(editDistance('hanssen', 'hansen'));
  });

  it('stops at one more than the limit when the words are further apart', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('stops early when the lengths alone differ by more than the limit', () => {
    expect(editDistance('ola', 'olaolaola', 2)).toBe(3);
  });

  it('gives the exact distance when it is within the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kari', 'karin', 1)).toBe(1);
  });
});

describe('areNamesSimilar', () => {
  it('[DUP-1] finds the same name with other case, spacing and accents similar', () => {
    expect(areNamesSimilar('René  Dahl', 'rene dahl')).toBe(true);
  });

  it('[DUP-1] finds a name with the words in another order similar', () => {
    expect(areNamesSimilar('Kari Nordmann', 'Nordmann Kari')).toBe(true);
    expect(areNamesSimilar('Kari Nordmann', 'Nordmann, Kari')).toBe(true);
  });

  it('[DUP-1] finds a name one typo away similar when it is 5 to 9 letters long', () => {
    expect(areNamesSimilar('Jonas', 'Jonis')).toBe(true);
    expect(areNamesSimilar('Ola Hanse', 'Ola Hansen')).toBe(true);
  });

  it('[DUP-1] does not find two typos similar in a name under 10 letters', () => {
    expect(areNamesSimilar('Jonas', 'Junus')).toBe(false);
    expect(areNamesSimilar('Per Olsen', 'Pål Olsan')).toBe(false);
  });

  it('[DUP-1] allows no typo at all in a name under 5 letters', () => {
    expect(areNamesSimilar('Ola', 'Ole')).toBe(false);
    expect(areNamesSimilar('Siri', 'Sari')).toBe(false);
  });

  it('[DUP-1] finds a name two typos away similar from 10 letters on, but not three', () => {
    expect(areNamesSimilar('Kari Nordmann', 'Kary Nordman')).toBe(true);
    expect(areNamesSimilar('Kari Nordmann', 'Kary Nordmen')).toBe(false);
    // Exactly 10 characters, space included.
    expect(areNamesSimilar('Ola Hansen', 'Ole Hanson')).toBe(true);
  });

  it('[DUP-1] judges the typo limit by the shorter name', () => {
    // "Per Olsen" has 9 characters, so only one edit is allowed, though the other has 10.
    expect(areNamesSimilar('Per Olsen', 'Per Olssen')).toBe(true);
    expect(areNamesSimilar('Per Olsen', 'Per Olssenn')).toBe(false);
  });

  it('[DUP-1] finds "Østby" and "østby" the same, but "Bø" and "Bo" not similar', () => {
    expect(areNamesSimilar('Ivar Østby', 'ivar østby')).toBe(true);
    expect(areNamesSimilar('Bø', 'Bo')).toBe(false);
  });

  it('[DUP-1] still warns about a long name with "o" for "ø", as one typo', () => {
    expect(areNamesSimilar('Søren Hansen', 'Soren Hansen')).toBe(true);
  });

  it('[DUP-1] finds different people not similar', () => {
    expect(areNamesSimilar('Kari Nordmann', 'Ola Hansen')).toBe(false);
  });

  it('[DUP-1] never finds an empty name similar, not even to another empty name', () => {
    expect(areNamesSimilar('', '')).toBe(false);
    expect(areNamesSimilar('  ', 'Kari')).toBe(false);
  });
});

describe('findSimilarNames', () => {
  const kari = aJobseeker({ id: 'p-kari', name: 'Kari Nordmann' });
  const kari2 = aJobseeker({ id: 'p-kari2', name: 'Nordmann Kari' });
  const ola = aJobseeker({ id: 'p-ola', name: 'Ola Hansen' });

  it('[DUP-1] lists the people whose names are similar to a new name', () => {
    expect(findSimilarNames('kari nordmann', [kari, ola, kari2]).map((person) => person.id)).toEqual(['p-kari', 'p-kari2']);
    expect(findSimilarNames('Kari Nordman', [kari, ola]).map((person) => person.id)).toEqual(['p-kari']);
  });

  it('[DUP-1] leaves out the person being edited', () => {
    expect(findSimilarNames('Kari Nordmann', [kari, ola, kari2], 'p-kari').map((person) => person.id)).toEqual(['p-kari2']);
  });

  it('[DUP-1] finds no one when no name is close', () => {
    expect(findSimilarNames('Ingrid Bakke', [kari, ola])).toEqual([]);
  });
});
