import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { BoardCard, OnboardingBoard } from '../../../server/rules/onboarding/board.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { showUrl } from '../links.ts';

const T = 'resources.dashboard.onboarding.stalled';

type Stalled = BoardCard & { status: string };

/** Centers longer than the threshold in their stage and the gates they miss (the onboarding board's answer); a row opens the center's onboarding tab. */
export const StalledCentersCard = () => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  // the board page's query key: both share the answer
  const board = useQuery({ queryKey: ['onboarding', 'board', ''], queryFn: async () => (await dataProvider.get<OnboardingBoard>('onboarding/board')).data });
  const rows = board.data?.stages.flatMap((stage) => stage.centers.filter((card) => card.stalled).map((card) => ({ ...card, status: stage.status })));
  const columns: Column<Stalled>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.stage`, value: (row) => translate(`choices.onboardingStatus.${row.status}`, { _: row.status }) },
    { label: `${T}.days`, value: (row) => row.daysInStage, numeric: true },
    { label: `${T}.blockers`, value: (row) => (row.blockers.length ? row.blockers.join('; ') : translate(`${T}.none`)) },
  ];
  return (
    <ChartCard
      id="stalled-centers"
      title={translate(`${T}.title`)}
      subtitle={board.data && translate(`${T}.help`, { days: board.data.stalledAfterDays })}
      empty={translate(`${T}.empty`)}
      loading={board.isLoading}
      error={board.error}
      rows={rows?.sort((a, b) => b.daysInStage - a.daysInStage)}
      columns={columns}
      linkOf={(row) => showUrl('service-centers', row.id, 'onboarding')}
    />
  );
};
