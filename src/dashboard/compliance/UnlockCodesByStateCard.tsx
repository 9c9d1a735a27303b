import { useTranslate } from 'react-admin';
import type { UnlockCodesByStateRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { endOfDayIso, listUrl, startOfDayIso } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.unlockCodes';

/** Unlock codes issued per state in the period (this week by default); a bar opens those codes. */
export const UnlockCodesByStateCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const [period, setPeriod] = usePeriod('compliance', 'unlock-codes-by-state', 'this-week');
  const query = useStats('unlock-codes-by-state', { period });
  const data = query.data;
  const columns: Column<UnlockCodesByStateRow>[] = [
    { label: `${T}.state`, value: (row) => `${row.code} — ${row.name}` },
    { label: `${T}.codes`, value: (row) => row.codes, numeric: true },
    { label: `${T}.customers`, value: (row) => row.customers, numeric: true },
  ];
  return (
    <ChartCard
      id="unlock-codes-by-state"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) =>
        data && listUrl('unlock-codes', { jurisdictionId: row.jurisdictionId, issuedAt_gte: startOfDayIso(data.period.from), issuedAt_lte: endOfDayIso(data.period.to) })
      }
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          category={(row) => row.code}
          bars={[
            { label: translate(`${T}.codes`), value: (row) => row.codes, color: colors.series[0] },
            { label: translate(`${T}.customers`), value: (row) => row.customers, color: colors.series[1] },
          ]}
          onSelect={open}
        />
      )}
    />
  );
};
