import { PlusIcon } from '@navikt/aksel-icons';
import { HStack, Loader, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { DEFAULT_FILTER, filterCaseload, needsContactOrder, todayItems } from '../../domain/caseload';
import { useCaseload, useHasDemoCaseload } from '../../data/liveQueries';
import { paths } from '../app/paths';
import { Flash } from '../components/Flash';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { CaseloadFilters, useCaseloadFilter } from './CaseloadFilters';
import { CaseloadList } from './CaseloadList';
import { DemoBanner } from './DemoBanner';
import { EmptyCaseload } from './EmptyCaseload';
import { TodayBlock } from './TodayBlock';
import { LinkButton } from '../components/LinkButton';

/** The home screen: who needs me now, and everyone I follow. */
export function CaseloadScreen() {
  const { t } = useI18n();
  const today = useToday();
  const entries = useCaseload(today);
  const hasDemo = useHasDemoCaseload();
  const [filter, setFilter] = useCaseloadFilter(DEFAULT_FILTER);
  const ordered = useMemo(() => (entries ? needsContactOrder(entries, today) : []), [entries, today]);
  const shown = useMemo(() => filterCaseload(ordered, filter), [ordered, filter]);
  const dueToday = useMemo(() => (entries ? todayItems(entries, today) : []), [entries, today]);

  if (entries === undefined) return <Loader title={t('common.loading')} />;
  if (entries.length === 0) return <EmptyCaseload />;

  return (
    <VStack gap="space-24">
      <Flash />
      <PageHeader title={t('caseload.title')}>
        <HStack>
          <LinkButton to={paths.newPerson} icon={<PlusIcon aria-hidden />} variant="secondary">
            {t('caseload.add')}
          </LinkButton>
        </HStack>
      </PageHeader>
      {hasDemo && <DemoBanner />}
      <TodayBlock items={dueToday} />
      <CaseloadFilters filter={filter} onChange={setFilter} />
      <CaseloadList entries={shown} total={entries.length} />
    </VStack>
  );
}
