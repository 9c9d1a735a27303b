import { Alert, Box, Card, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CanAccess,
  DataTable,
  List,
  Title,
  TopToolbar,
  useGetList,
  useRecordContext,
  useTranslate,
  type SortPayload,
} from 'react-admin';
import type { Device } from '../../server/resources/types.ts';
import { CALIBRATION_TABS, calibrationFilter, daysOverdue, daysToLockout, type CalibrationTab } from '../../server/rules/calibration/tracking.ts';
import { DateColumn } from '../components/DateColumn.tsx';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { ReferenceColumn } from '../components/ReferenceColumn.tsx';
import { localDay } from '../dates.ts';

const SORT: Record<CalibrationTab, SortPayload> = {
  'due-this-week': { field: 'nextCalibrationDue', order: 'ASC' },
  'in-grace': { field: 'lockoutOn', order: 'ASC' },
  'locked-out': { field: 'lockoutOn', order: 'ASC' },
  overdue: { field: 'nextCalibrationDue', order: 'ASC' },
};

const Column = DataTable.Col<Device>;
const label = (field: string) => `resources.calibrations.fields.${field}`;

/** How many devices a tab lists (one row fetched, the total read from the count header). */
const TabCount = ({ tab, today }: { tab: CalibrationTab; today: string }) => {
  const { total } = useGetList<Device>('devices', { filter: calibrationFilter(tab, today), pagination: { page: 1, perPage: 1 } });
  return total == null ? null : <> ({total})</>;
};

const DaysOverdue = ({ today }: { today: string }) => {
  const device = useRecordContext<Device>();
  return <>{device ? daysOverdue(device.nextCalibrationDue, today) : null}</>;
};

const DaysLeft = ({ today }: { today: string }) => {
  const device = useRecordContext<Device>();
  const translate = useTranslate();
  const left = daysToLockout(device?.lockoutOn ?? null, today);
  if (left === null) return null;
  return (
    <Typography component="span" variant="body2" color={left <= 1 ? 'error' : undefined} sx={{ fontWeight: left <= 1 ? 'bold' : undefined }}>
      {translate('resources.calibrations.daysLeft', { smart_count: left + 1 })}
    </Typography>
  );
};

const Empty = ({ tab }: { tab: CalibrationTab }) => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate(`resources.calibrations.empty.${tab}`)}
    </Typography>
  );
};

const TabList = ({ tab, today }: { tab: CalibrationTab; today: string }) => (
  <List
    key={tab}
    resource="devices"
    filter={calibrationFilter(tab, today)}
    sort={SORT[tab]}
    perPage={25}
    disableSyncWithLocation
    storeKey={`calibrations.${tab}`}
    title={false}
    actions={
      <TopToolbar>
        <CsvExportButton />
      </TopToolbar>
    }
    empty={<Empty tab={tab} />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey={`calibrations.${tab}.datatable`}>
      <Column source="serial" label={label('serial')} />
      <CanAccess resource="customers" action="list">
        <ReferenceColumn source="customerId" reference="customers" link="show" label={label('customerId')} />
      </CanAccess>
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link="show" emptyText="—" label={label('serviceCenterId')} />
      <DateColumn source="nextCalibrationDue" label={label('nextCalibrationDue')} />
      <DateColumn source="lockoutOn" label={label('lockoutOn')} />
      {tab === 'in-grace' ? (
        <Column source="lockoutOn" label={label('daysLeft')} disableSort>
          <DaysLeft today={today} />
        </Column>
      ) : null}
      {tab !== 'due-this-week' ? (
        <Column source="nextCalibrationDue" label={label('daysOverdue')} disableSort>
          <DaysOverdue today={today} />
        </Column>
      ) : null}
    </DataTable>
  </List>
);

/**
 * Calibration tracking: installed devices due this week, in their grace period (with the day they
 * lock out), past it, and every overdue one, so staff can call customers and centers in time.
 * Scoped by the API like every devices list (a regional manager sees their region, center staff their center).
 */
export const CalibrationPage = () => {
  const translate = useTranslate();
  const [tab, setTab] = useState<CalibrationTab>('in-grace');
  const today = localDay(new Date());
  return (
    <CanAccess resource="devices" action="list" accessDenied={<Alert severity="warning">{translate('resources.calibrations.denied')}</Alert>}>
      <Title title={translate('resources.calibrations.title')} />
      <Card sx={{ mt: 1 }}>
        <CardContent sx={{ pb: 0 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.calibrations.intro')}
          </Typography>
        </CardContent>
        <Tabs value={tab} onChange={(_event, value: CalibrationTab) => setTab(value)} variant="scrollable" sx={{ px: 1 }}>
          {CALIBRATION_TABS.map((t) => (
            <Tab
              key={t}
              value={t}
              label={
                <span>
                  {translate(`resources.calibrations.tabs.${t}`)}
                  <TabCount tab={t} today={today} />
                </span>
              }
            />
          ))}
        </Tabs>
      </Card>
      <Box>
        <TabList tab={tab} today={today} />
      </Box>
    </CanAccess>
  );
};
