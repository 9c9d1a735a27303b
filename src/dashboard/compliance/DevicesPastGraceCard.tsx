import { useTranslate } from 'react-admin';
import type { DevicesPastGraceRow } from '../../../server/stats/types.ts';
import { calibrationFilter } from '../../../server/rules/calibration/tracking.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { dayLabel } from '../format.ts';
import { listUrl } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.grace';

/** Installed devices past their calibration grace per customer's state; a bar opens the devices past grace. */
export const DevicesPastGraceCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('devices-past-grace');
  const data = query.data;
  const columns: Column<DevicesPastGraceRow>[] = [
    { label: `${T}.state`, value: (row) => `${row.code} — ${row.name}` },
    { label: `${T}.devices`, value: (row) => row.devices, numeric: true },
    { label: `${T}.oldest`, value: (row) => row.oldestLockoutOn, render: (row) => dayLabel(row.oldestLockoutOn), nowrap: true },
  ];
  return (
    <ChartCard
      id="devices-past-grace"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      // devices have no state of their own (it is their customer's): the list shows every device past grace, as the calibrations page's tab
      linkOf={() => data && listUrl('devices', calibrationFilter('locked-out', data.asOf))}
      chart={(rows, open) => (
        <BarsChart rows={rows} category={(row) => row.code} bars={[{ label: translate(`${T}.devices`), value: (row) => row.devices, color: colors.bad }]} onSelect={open} />
      )}
    />
  );
};
