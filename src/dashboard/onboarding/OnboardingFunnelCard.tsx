import { useTranslate } from 'react-admin';
import type { OnboardingFunnelRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { decimal } from '../../numbers.ts';
import { listUrl } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.onboarding.funnel';

/** The stages before live (live centers outnumber them by far: they are counted in the subtitle). */
const pipeline = (rows: OnboardingFunnelRow[]) => rows.filter((row) => row.status !== 'live');

const centersIn = (row: OnboardingFunnelRow) => listUrl('service-centers', { onboardingStatus: row.status });

/** Centers per stage, pipeline order then live, as a funnel; a bar opens the centers in that stage. */
export const OnboardingFunnelCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('onboarding-funnel');
  const data = query.data;
  const stage = (row: OnboardingFunnelRow) => translate(`choices.onboardingStatus.${row.status}`, { _: row.status });
  const columns: Column<OnboardingFunnelRow>[] = [
    { label: `${T}.stage`, value: stage },
    { label: `${T}.centers`, value: (row) => row.centers, numeric: true },
    { label: `${T}.median`, value: (row) => row.medianDaysInStage, render: (row) => decimal(row.medianDaysInStage), numeric: true },
    { label: `${T}.stalled`, value: (row) => row.stalled, numeric: true },
  ];
  return (
    <ChartCard
      id="onboarding-funnel"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { days: data.stalledAfterDays, live: data.rows.find((row) => row.status === 'live')?.centers ?? 0 })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data && pipeline(data.rows).some((row) => row.centers > 0) ? pipeline(data.rows) : data ? [] : undefined}
      columns={columns}
      linkOf={centersIn}
      height={300}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          horizontal
          category={stage}
          bars={[
            { label: translate(`${T}.centers`), value: (row) => row.centers - row.stalled, color: colors.series[0] },
            { label: translate(`${T}.stalled`), value: (row) => row.stalled, color: colors.poor },
          ]}
          stacked
          onSelect={open}
        />
      )}
    />
  );
};

/** Median days the centers now in each stage have spent there; a bar opens the centers in that stage. */
export const MedianDaysCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('onboarding-funnel');
  const M = 'resources.dashboard.onboarding.median';
  const stage = (row: OnboardingFunnelRow) => translate(`choices.onboardingStatus.${row.status}`, { _: row.status });
  const columns: Column<OnboardingFunnelRow>[] = [
    { label: `${T}.stage`, value: stage },
    { label: `${T}.median`, value: (row) => row.medianDaysInStage, numeric: true },
    { label: `${T}.centers`, value: (row) => row.centers, numeric: true },
  ];
  return (
    <ChartCard
      id="median-days"
      title={translate(`${M}.title`)}
      subtitle={translate(`${M}.help`)}
      empty={translate(`${M}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={query.data?.rows.filter((row) => row.medianDaysInStage !== null)}
      columns={columns}
      linkOf={centersIn}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          horizontal
          category={stage}
          bars={[{ label: translate(`${T}.median`), value: (row) => row.medianDaysInStage, color: colors.series[4] }]}
          onSelect={open}
        />
      )}
    />
  );
};
