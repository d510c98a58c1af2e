import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { toIsoDate, type IsoDate } from '../../domain/dates';

const TodayContext = createContext<IsoDate | null>(null);

/**
 * Today's date for every screen. Rules take `today` as an argument; this is
 * the one place the UI reads the clock (tests pass a fixed `today`).
 */
export function TodayProvider({ children, today: fixed }: { children: ReactNode; today?: IsoDate }) {
  const [today, setToday] = useState(() => fixed ?? toIsoDate(new Date()));
  useEffect(() => {
    if (fixed) return;
    const refresh = () => setToday(toIsoDate(new Date()));
    const timer = setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [fixed]);
  return <TodayContext.Provider value={fixed ?? today}>{children}</TodayContext.Provider>;
}

export function useToday(): IsoDate {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday needs a TodayProvider');
  return today;
}
