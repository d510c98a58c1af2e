import { BodyShort, Detail, HStack, Link, Loader, Search, Tag, VStack } from '@navikt/ds-react';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { nameMatchesQuery } from '../../domain/nameMatch';
import { quickLogOrder, type QuickLogCandidate } from '../../domain/quickLog';
import { paths } from '../app/paths';
import { contactText } from '../caseload/contactText';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import './quickLog.css';
import { useQuickLogCandidates } from './queries';

/**
 * Step 1 of the quick log (`/logg`): pick the person. [QUICK-1] Those
 * visited or due most recently come first; search finds the rest, closed
 * cases included. One tap on a person opens the form.
 */
export function QuickLogPickScreen() {
  const { t } = useI18n();
  const today = useToday();
  const candidates = useQuickLogCandidates(today);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const ordered = quickLogOrder(candidates ?? [], today);
    if (query.trim() === '') return ordered.filter((candidate) => candidate.entry.state.status !== 'closed');
    return ordered.filter((candidate) => nameMatchesQuery(candidate.entry.normalizedName, query));
  }, [candidates, today, query]);

  if (candidates === undefined) return <Loader title={t('common.loading')} />;
  return (
    <VStack gap="space-16">
      <PageHeader title={t('quickLog.pickTitle')} backTo={paths.caseload}>
        <BodyShort>{t('quickLog.pickHint')}</BodyShort>
      </PageHeader>
      <div role="search">
        <Search
          label={t('quickLog.search')}
          variant="simple"
          value={query}
          onChange={setQuery}
          onClear={() => setQuery('')}
          autoComplete="off"
        />
      </div>
      <VStack as="section" gap="space-8" aria-label={t('quickLog.people')}>
        {candidates.length === 0 ? (
          <BodyShort>{t('quickLog.empty')}</BodyShort>
        ) : shown.length === 0 ? (
          <BodyShort aria-live="polite">{t('quickLog.noMatch')}</BodyShort>
        ) : (
          <VStack as="ul" gap="space-8" className="list-reset">
            {shown.map((candidate) => (
              <li key={candidate.entry.jobseeker.id}>
                <PersonChoice candidate={candidate} />
              </li>
            ))}
          </VStack>
        )}
      </VStack>
      <BodyShort>
        <Link as={RouterLink} to={paths.newEmployerContact()}>
          {t('quickLog.employerContact')}
        </Link>
      </BodyShort>
    </VStack>
  );
}

function PersonChoice({ candidate }: { candidate: QuickLogCandidate }) {
  const { t } = useI18n();
  const today = useToday();
  const { entry } = candidate;
  const due = entry.placementFollowUps.length > 0 || (entry.nextFollowUp !== null && entry.nextFollowUp <= today);
  return (
    <RouterLink to={paths.quickLogFor(entry.jobseeker.id)} className="card-link quick-log-person">
      <VStack gap="space-4">
        <BodyShort weight="semibold" as="span">
          {entry.jobseeker.name}
        </BodyShort>
        <HStack gap="space-8" align="center" wrap>
          {candidate.hasOngoingPlacement && (
            <Tag size="xsmall" variant="success">
              {t('quickLog.inJob')}
            </Tag>
          )}
          {due && entry.state.status !== 'closed' && (
            <Tag size="xsmall" variant="warning">
              {t('quickLog.due')}
            </Tag>
          )}
          <Detail as="span">{contactText(entry, t)}</Detail>
        </HStack>
      </VStack>
    </RouterLink>
  );
}
