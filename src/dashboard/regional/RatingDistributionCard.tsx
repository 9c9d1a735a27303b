import type { RatingDistributionRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { gradeColor } from '../grades.ts';
import { listUrl } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { useStats } from '../useStats.ts';
import { useTranslate } from 'react-admin';

const T = 'resources.dashboard.regional.distribution';

/** Live centers per current rating grade (a histogram by band); a bar opens those centers. */
export const RatingDistributionCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const query = useStats('rating-distribution');
  const data = query.data;
  const columns: Column<RatingDistributionRow>[] = [
    { label: `${T}.grade`, value: (row) => row.grade },
    { label: `${T}.minScore`, value: (row) => row.minScore, numeric: true },
    { label: `${T}.centers`, value: (row) => row.centers, numeric: true },
  ];
  return (
    <ChartCard
      id="rating-distribution"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total, unrated: data.unrated })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data && data.total > 0 ? data.rows : data ? [] : undefined}
      columns={columns}
      linkOf={(row) => listUrl('service-centers', { onboardingStatus: 'live', ratingGrade: row.grade })}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          category={(row) => row.grade}
          bars={[{ label: translate(`${T}.centers`), value: (row) => row.centers }]}
          colorOf={(row) => gradeColor(row.minScore, colors)}
          onSelect={open}
        />
      )}
    />
  );
};
