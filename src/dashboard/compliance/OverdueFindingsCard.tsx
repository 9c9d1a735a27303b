import { useTranslate } from 'react-admin';
import type { OverdueFindingRow } from '../../../server/stats/types.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { dayLabel } from '../format.ts';
import { listUrl, showUrl } from '../links.ts';
import { useChartColors, type ChartColors } from '../palette.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.findings';

const severityColor = (severity: string, colors: ChartColors) =>
  ({ critical: colors.bad, major: colors.poor, minor: colors.fair })[severity] ?? colors.axis;

type Severity = { severity: string; correctiveActions: number };

/** Overdue corrective actions per finding severity; a bar opens the open actions of that severity due before today. */
export const OverdueFindingsCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('overdue-findings');
  const data = query.data;
  const columns: Column<Severity>[] = [
    { label: `${T}.severity`, value: (row) => translate(`choices.severity.${row.severity}`, { _: row.severity }) },
    { label: `${T}.actions`, value: (row) => row.correctiveActions, numeric: true },
  ];
  return (
    <ChartCard
      id="overdue-findings"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { actions: data.correctiveActions, findings: data.findings })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data && data.correctiveActions > 0 ? data.bySeverity : data ? [] : undefined}
      columns={columns}
      linkOf={(row) =>
        data && listUrl('corrective-actions', { status: 'open', severity: row.severity, dueDate_lte: addDaysToIsoDay(data.asOf, -1) })
      }
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          category={(row) => translate(`choices.severity.${row.severity}`, { _: row.severity })}
          bars={[{ label: translate(`${T}.actions`), value: (row) => row.correctiveActions }]}
          colorOf={(row) => severityColor(row.severity, colors)}
          onSelect={open}
        />
      )}
    />
  );
};

/** The most overdue corrective actions with their finding; a row opens the corrective action. */
export const OverdueFindingsListCard = () => {
  const translate = useTranslate();
  const query = useStats('overdue-findings');
  const columns: Column<OverdueFindingRow>[] = [
    { label: `${T}.finding`, value: (row) => row.title },
    { label: `${T}.severity`, value: (row) => translate(`choices.severity.${row.severity}`, { _: row.severity }) },
    { label: `${T}.center`, value: (row) => row.centerName },
    { label: `${T}.dueDate`, value: (row) => row.dueDate, render: (row) => dayLabel(row.dueDate), nowrap: true },
    { label: `${T}.daysOverdue`, value: (row) => row.daysOverdue, numeric: true },
  ];
  return (
    <ChartCard
      id="overdue-findings-list"
      title={translate(`${T}.listTitle`)}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={query.data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('corrective-actions', row.correctiveActionId)}
    />
  );
};
