import { PlusIcon } from '@navikt/aksel-icons';
import { HStack, Loader, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { DEFAULT_FILTER, filterCaseload, needsContactOrder, todayItems } from '../../domain/caseload';
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
import { QuickLogButton } from '../quickLog/QuickLogButton';
import { filterByOwner } from '../../domain/caseloadOwner';
import { OwnerFilter, useCaseloadOwner } from './OwnerFilter';
import { useCaseload, useHasDemoCaseload } from './queries';
import { useIdentity, useSession } from '../app/queries';

/** The home screen: who needs me now, and everyone I follow. */
export function CaseloadScreen() {
  const { t } = useI18n();
  const today = useToday();
  const entries = useCaseload(today);
  const hasDemo = useHasDemoCaseload();
  const [filter, setFilter] = useCaseloadFilter(DEFAULT_FILTER);
  const session = useSession();
  const identity = useIdentity();
  const [owner, setOwner] = useCaseloadOwner();
  // [HANDOVER-2] "Mine" or the whole team, for the list and the Today block alike. Before any
  // login everyone on the device is the user's own: there is no team to choose from.
  const byOwner = useMemo(
    () => (entries && session && identity ? filterByOwner(entries, owner, identity.userId) : (entries ?? [])),
    [entries, owner, session, identity],
  );
  const ordered = useMemo(() => needsContactOrder(byOwner, today), [byOwner, today]);
  const shown = useMemo(() => filterCaseload(ordered, filter), [ordered, filter]);
  const dueToday = useMemo(() => todayItems(byOwner, today), [byOwner, today]);

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
      {session && <OwnerFilter owner={owner} onChange={setOwner} />}
      <CaseloadFilters filter={filter} onChange={setFilter} />
      <CaseloadList entries={shown} total={entries.length} />
      {/* Last in reading order, but sticky at the foot of the screen, so it is always in reach. */}
      <QuickLogButton />
    </VStack>
  );
}
