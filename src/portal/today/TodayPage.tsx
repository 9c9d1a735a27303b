import { Alert, Box, Button, LinearProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useDataProvider, useStore, useTranslate } from 'react-admin';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { downloadRecords } from '../../dashboard/csv.ts';
import { usePortalCenterId } from '../usePortalCenterId.ts';
import { useWide } from '../useWide.ts';
import { AGENDA_SPANS, type AgendaSpan } from './agendaRange.ts';
import { agendaCsvRecords } from './agendaCsv.ts';
import { AgendaCards } from './AgendaCards.tsx';
import { AgendaTable } from './AgendaTable.tsx';
import { CenterCard } from './CenterCard.tsx';
import { useAgenda } from './useAgenda.ts';

const T = 'resources.today';

/**
 * `/today`, the portal's landing page: the center's appointments of today or of the next 7 days
 * in time order (a table on wide screens, cards on a phone), each opening its work order.
 */
export const TodayPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const wide = useWide();
  const [stored, setSpan] = useStore<AgendaSpan>('portal.today.span', 'today');
  const span = AGENDA_SPANS.includes(stored) ? stored : 'today';
  const { centerId, isPending: identityPending } = usePortalCenterId();
  const agenda = useAgenda(centerId, span);
  const rows = agenda.data?.rows ?? [];
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3, minWidth: 0 }}>
      <Title title={translate(`${T}.title`)} />
      {identityPending && <LinearProgress />}
      {!identityPending && centerId === null && <Alert severity="info">{translate(`${T}.noCenter`)}</Alert>}
      {centerId !== null && <CenterCard centerId={centerId} />}
      {centerId !== null && (
        <>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
            <ToggleButtonGroup exclusive size="small" value={span} onChange={(_, next: AgendaSpan | null) => next && setSpan(next)} aria-label={translate(`${T}.span`)}>
              {AGENDA_SPANS.map((s) => (
                <ToggleButton key={s} value={s}>
                  {translate(`${T}.spans.${s}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Button startIcon={<DownloadIcon />} disabled={!rows.length} onClick={() => downloadRecords(agendaCsvRecords(rows), `agenda-${span}`, dataProvider)}>
              {translate(`${T}.export`)}
            </Button>
          </Box>
          {agenda.isPending && <LinearProgress />}
          {agenda.error && <ErrorAlert error={agenda.error} />}
          {agenda.data && !rows.length && (
            <Box sx={{ py: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography color="text.secondary">{translate(`${T}.empty.${span}`)}</Typography>
              {span === 'today' && <Button onClick={() => setSpan('week')}>{translate(`${T}.showWeek`)}</Button>}
            </Box>
          )}
          {agenda.data?.truncated && <Alert severity="warning">{translate(`${T}.truncated`, { count: rows.length })}</Alert>}
          {agenda.data && rows.length > 0 && (wide ? <AgendaTable rows={rows} withDay={span !== 'today'} timeZone={agenda.data.timeZone} /> : <AgendaCards rows={rows} withDay={span !== 'today'} timeZone={agenda.data.timeZone} />)}
        </>
      )}
    </Stack>
  );
};
