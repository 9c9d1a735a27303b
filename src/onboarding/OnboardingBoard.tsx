import { useState } from 'react';
import { Alert, Box, Card, CardActionArea, CardContent, Chip, LinearProgress, Paper, TextField, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { BoardCard, OnboardingBoard as Board } from '../../server/rules/onboarding/board.ts';
import { useAppDataProvider } from '../providers/dataProvider.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

const CenterCard = ({ card }: { card: BoardCard }) => {
  const translate = useTranslate();
  return (
    <Card
      variant="outlined"
      data-testid={`board-card-${card.id}`}
      data-stalled={card.stalled}
      sx={card.stalled ? { borderColor: 'warning.main', borderWidth: 2, bgcolor: 'rgba(237, 108, 2, 0.06)' } : undefined}
    >
      <CardActionArea component={Link} to={`/service-centers/${card.id}/show/onboarding`}>
        <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Typography variant="subtitle2" component="h3">
            {card.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" display="block">
            {card.city}, {card.state}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 0.5, flexWrap: 'wrap' }}>
            <Typography variant="body2">{translate('resources.onboarding.daysInStage', { smart_count: card.daysInStage })}</Typography>
            {card.stalled && <Chip size="small" color="warning" icon={<WarningAmberIcon />} label={translate('resources.onboarding.stalled')} />}
          </Box>
          <LinearProgress variant="determinate" value={(100 * card.gatesMet) / card.gatesTotal} sx={{ my: 0.5 }} aria-label={translate('resources.onboarding.gates', { met: card.gatesMet, total: card.gatesTotal })} />
          <Typography variant="caption" color="text.secondary" display="block">
            {translate('resources.onboarding.gates', { met: card.gatesMet, total: card.gatesTotal })}
          </Typography>
          {card.blockers.length === 0 ? (
            <Typography variant="body2" color="success.main">
              {translate('resources.onboarding.ready')}
            </Typography>
          ) : (
            <Typography variant="body2" component="div">
              {translate('resources.onboarding.blockedBy')}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {card.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </Box>
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** Centers on their way to live, one column per stage, with days in stage and what blocks each; stalled ones stand out. */
export const OnboardingBoard = () => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [threshold, setThreshold] = useState('');
  const days = /^\d{1,4}$/.test(threshold) && Number(threshold) >= 1 && Number(threshold) <= 3650 ? threshold : '';
  const board = useQuery({
    queryKey: ['onboarding', 'board', days],
    queryFn: async () => (await dataProvider.get<Board>(`onboarding/board${days ? `?stalledAfterDays=${days}` : ''}`)).data,
  });
  const total = board.data?.stages.reduce((sum, s) => sum + s.centers.length, 0) ?? 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="resources.onboarding.name" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          size="small"
          type="number"
          label={translate('resources.onboarding.threshold')}
          helperText={translate('resources.onboarding.thresholdHelp')}
          value={threshold || (board.data ? String(board.data.stalledAfterDays) : '')}
          onChange={(e) => setThreshold(e.target.value)}
          inputProps={{ min: 1, max: 3650 }}
        />
        {board.data && (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.onboarding.count', { smart_count: total })} ·{' '}
            {translate('resources.onboarding.stalledCount', { smart_count: board.data.stages.reduce((n, s) => n + s.centers.filter((c) => c.stalled).length, 0) })}
          </Typography>
        )}
      </Box>
      {board.isPending && <LinearProgress />}
      {board.isError && <ErrorAlert error={board.error} />}
      {board.data && total === 0 && <Alert severity="info">{translate('resources.onboarding.empty')}</Alert>}
      {board.data && total > 0 && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${board.data.stages.length}, minmax(200px, 1fr))` }, gap: 1.5, alignItems: 'start' }}>
          {board.data.stages.map((stage) => (
            <Paper key={stage.status} variant="outlined" component="section" aria-label={translate(`choices.onboardingStatus.${stage.status}`)} sx={{ p: 1, bgcolor: 'action.hover' }}>
              <Typography variant="subtitle1" component="h2" sx={{ px: 0.5, mb: 1 }}>
                {translate(`choices.onboardingStatus.${stage.status}`)} ({stage.centers.length})
              </Typography>
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
                {stage.centers.length === 0 && (
                  <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
                    {translate('resources.onboarding.emptyStage')}
                  </Typography>
                )}
                {stage.centers.map((card) => (
                  <CenterCard key={card.id} card={card} />
                ))}
              </Box>
            </Paper>
          ))}
        </Box>
      )}
    </Box>
  );
};
