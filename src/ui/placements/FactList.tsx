import { BodyShort, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';

/** Label and value pairs as a definition list; empty values are left out. */
export function FactList({ facts }: { facts: Array<[string, ReactNode]> }) {
  const shown = facts.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <VStack as="dl" gap="space-8">
      {shown.map(([label, value]) => (
        <div key={label}>
          <BodyShort as="dt" weight="semibold">
            {label}
          </BodyShort>
          <BodyShort as="dd" className="pre-wrap fact-value">
            {value}
          </BodyShort>
        </div>
      ))}
    </VStack>
  );
}
