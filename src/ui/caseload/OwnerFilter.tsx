import { Select } from '@navikt/ds-react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseloadOwner } from '../../domain/caseloadOwner';
import { useI18n } from '../i18n/I18nProvider';

/** "Mine" or "Hele teamet", kept in the address (?hvem=team) like the other filters. */
export function useCaseloadOwner(): [CaseloadOwner, (next: CaseloadOwner) => void] {
  const [params, setParams] = useSearchParams();
  const owner: CaseloadOwner = params.get('hvem') === 'team' ? 'team' : 'mine';
  const setOwner = useCallback(
    (next: CaseloadOwner) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          if (next === 'team') out.set('hvem', 'team');
          else out.delete('hvem');
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [owner, setOwner];
}

export function OwnerFilter({ owner, onChange }: { owner: CaseloadOwner; onChange: (next: CaseloadOwner) => void }) {
  const { t } = useI18n();
  return (
    <Select label={t('caseload.who')} size="small" value={owner} onChange={(event) => onChange(event.target.value as CaseloadOwner)}>
      <option value="mine">{t('caseload.mine')}</option>
      <option value="team">{t('caseload.team')}</option>
    </Select>
  );
}
