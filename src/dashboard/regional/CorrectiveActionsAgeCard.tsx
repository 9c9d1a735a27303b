import { useTranslate } from 'react-admin';
import type { CorrectiveActionAgeRow } from '../../../server/stats/types.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { endOfDayIso, listUrl, startOfDayIso } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.regional.actionsAge';

/** The open corrective actions opened `minDays`–`maxDays` days before `asOf`. */
const actionsOfAge = (row: CorrectiveActionAgeRow, asOf: string) =>
  listUrl('corrective-actions', {
    status: 'open',
    createdAt_lte: endOfDayIso(addDaysToIsoDay(asOf, -row.minDays)),
    ...(row.maxDays === null ? {} : { createdAt_gte: startOfDayIso(addDaysToIsoDay(asOf, -row.maxDays)) }),
  });

/** Open corrective actions by age, overdue ones stacked apart; a bar opens the open actions of that age. */
export const CorrectiveActionsAgeCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('corrective-actions-age');
  const data = query.data;
  const columns: Column<CorrectiveActionAgeRow>[] = [
    { label: `${T}.age`, value: (row) => row.bucket },
    { label: `${T}.open`, value: (row) => row.open, numeric: true },
    { label: `${T}.overdue`, value: (row) => row.overdue, numeric: true },
  ];
  return (
    <ChartCard
      id="corrective-actions-age"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { open: data.open, overdue: data.overdue })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data && data.open > 0 ? data.rows : data ? [] : undefined}
      columns={columns}
      linkOf={(row) => (data ? actionsOfAge(row, data.asOf) : undefined)}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          category={(row) => row.bucket}
          stacked
          bars={[
            { label: translate(`${T}.notDue`), value: (row) => row.open - row.overdue, color: colors.fair },
            { label: translate(`${T}.overdue`), value: (row) => row.overdue, color: colors.bad },
          ]}
          onSelect={open}
        />
      )}
    />
  );
};
