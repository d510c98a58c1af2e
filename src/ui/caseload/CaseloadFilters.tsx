import { HGrid, Search, Select, VStack } from '@navikt/ds-react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { CASE_STATUSES } from '../../domain/caseEvent';
import type { CaseloadFilter } from '../../domain/caseload';
import { isSeStep, SE_STEPS } from '../../domain/seSteps';
import { useI18n } from '../i18n/I18nProvider';

const STATUS_VALUES: readonly string[] = ['open', 'all', ...CASE_STATUSES];

/** The filter lives in the address (?q=&steg=&status=), so going back to the list keeps it. */
export function useCaseloadFilter(defaults: CaseloadFilter): [CaseloadFilter, (next: CaseloadFilter) => void] {
  const [params, setParams] = useSearchParams();
  const step = Number(params.get('steg'));
  const status = params.get('status') ?? defaults.status;
  const filter: CaseloadFilter = {
    query: params.get('q') ?? defaults.query,
    step: isSeStep(step) ? step : 'all',
    status: (STATUS_VALUES.includes(status) ? status : defaults.status) as CaseloadFilter['status'],
  };
  const setFilter = useCallback(
    (next: CaseloadFilter) => {
      // Other filters in the address (the team filter, ?hvem=) stay as they are.
      const out = new URLSearchParams(params);
      for (const key of ['q', 'steg', 'status']) out.delete(key);
      if (next.query) out.set('q', next.query);
      if (next.step !== 'all') out.set('steg', String(next.step));
      if (next.status !== defaults.status) out.set('status', next.status);
      setParams(out, { replace: true });
    },
    [params, setParams, defaults.status],
  );
  return [filter, setFilter];
}

export function CaseloadFilters({ filter, onChange }: { filter: CaseloadFilter; onChange: (next: CaseloadFilter) => void }) {
  const { t } = useI18n();
  return (
    <VStack gap="space-12" role="search">
      <Search
        label={t('caseload.search')}
        hideLabel={false}
        variant="simple"
        value={filter.query}
        onChange={(query) => onChange({ ...filter, query })}
        onClear={() => onChange({ ...filter, query: '' })}
        autoComplete="off"
      />
      <HGrid columns={2} gap="space-8">
        <Select
          label={t('caseload.stepFilter')}
          size="small"
          value={String(filter.step)}
          onChange={(event) => onChange({ ...filter, step: event.target.value === 'all' ? 'all' : (Number(event.target.value) as 1) })}
        >
          <option value="all">{t('caseload.allSteps')}</option>
          {SE_STEPS.map((step) => (
            <option key={step} value={step}>
              {t(`step.short.${step}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('caseload.statusFilter')}
          size="small"
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as CaseloadFilter['status'] })}
        >
          <option value="open">{t('caseload.openCases')}</option>
          <option value="all">{t('caseload.allStatuses')}</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
      </HGrid>
    </VStack>
  );
}
