import { PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Detail, HStack, Loader, Search, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Employer } from '../../domain/employer';
import { NO_CONTACTS, searchEmployers, type EmployerSummary, type PlacementCounts } from '../../domain/employerRegister';
import { formatOrgnr } from '../../domain/orgnr';
import { paths } from '../app/paths';
import { Flash } from '../components/Flash';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { contactSummaryText, placementText } from './employerFacts';
import { RelationshipTag } from './RelationshipTag';
import './texts';
import { useEmployerRegister } from './queries';

const NO_PLACEMENTS: PlacementCounts = { present: 0, past: 0, total: 0 };

/** The team's employer register: search by name or orgnr, with each employer's history at a glance. */
export function EmployerRegisterScreen() {
  const { t } = useI18n();
  const register = useEmployerRegister();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const found = useMemo(() => (register ? searchEmployers(register.employers, query) : []), [register, query]);
  const setQuery = (next: string) => setParams(next ? { q: next } : {}, { replace: true });

  const add = (
    <HStack>
      <LinkButton to={paths.newEmployer} icon={<PlusIcon aria-hidden />}>
        {t('employers.add')}
      </LinkButton>
    </HStack>
  );
  if (register === undefined) return <Loader title={t('common.loading')} />;
  if (register.employers.length === 0)
    return (
      <VStack gap="space-16">
        <PageHeader title={t('employers.title')} />
        <BodyLong>{t('employers.empty')}</BodyLong>
        {add}
      </VStack>
    );

  return (
    <VStack gap="space-16">
      <Flash />
      <PageHeader title={t('employers.title')}>{add}</PageHeader>
      <div role="search">
        <Search
          label={t('employers.search')}
          variant="simple"
          value={query}
          onChange={setQuery}
          onClear={() => setQuery('')}
          autoComplete="off"
        />
      </div>
      <VStack gap="space-8" as="section" aria-label={t('employers.title')}>
        <Detail aria-live="polite">{t('employers.count', { shown: found.length, total: register.employers.length })}</Detail>
        {found.length === 0 ? (
          <BodyShort>{t('employers.noMatch')}</BodyShort>
        ) : (
          <VStack as="ul" gap="space-8" className="list-reset">
            {found.map((employer) => (
              <li key={employer.id}>
                <EmployerRow
                  employer={employer}
                  summary={register.summaries.get(employer.id) ?? NO_CONTACTS}
                  placements={register.placements.get(employer.id) ?? NO_PLACEMENTS}
                />
              </li>
            ))}
          </VStack>
        )}
      </VStack>
    </VStack>
  );
}

function EmployerRow({ employer, summary, placements }: { employer: Employer; summary: EmployerSummary; placements: PlacementCounts }) {
  const { t, language } = useI18n();
  return (
    <RouterLink to={paths.employer(employer.id)} className="card-link">
      <VStack gap="space-4">
        <BodyShort weight="semibold" as="span">
          {employer.name}
        </BodyShort>
        <HStack gap="space-8" align="center" wrap>
          <RelationshipTag status={employer.relationship} />
          {employer.orgnr && <Detail as="span">{t('employers.orgnrShort', { orgnr: formatOrgnr(employer.orgnr) })}</Detail>}
        </HStack>
        <Detail>{contactSummaryText(summary, t, language)}</Detail>
        <Detail>{placementText(placements, t)}</Detail>
      </VStack>
    </RouterLink>
  );
}
