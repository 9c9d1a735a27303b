import { Typography, useMediaQuery, useTheme } from '@mui/material';
import { DataTable, List, SimpleList, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { ShipmentPackage } from '../../server/resources/types.ts';
import { DateColumn } from '../components/DateColumn.tsx';
import { ReferenceColumn } from '../components/ReferenceColumn.tsx';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { addDaysToIsoDay, today } from '../dates.ts';

const Column = DataTable.Col<ShipmentPackage>;

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 2 }}>
      {translate('resources.equipment.recentEmpty')}
    </Typography>
  );
};

/** Packages received in the last 30 days, newest first, with any discrepancy: a list on a phone, a table otherwise; CSV export. */
export const RecentlyReceived = () => {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  return (
    <List
      resource="shipment-packages"
      filter={{ receivedAt_gte: addDaysToIsoDay(today(), -30) }}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      perPage={10}
      disableSyncWithLocation
      storeKey="equipment.received"
      title={false}
      empty={<Empty />}
      actions={
        <TopToolbar>
          <CsvExportButton />
        </TopToolbar>
      }
    >
      {narrow ? (
        <SimpleList<ShipmentPackage>
          primaryText={(pkg) => pkg.label}
          secondaryText={(pkg) => `${pkg.receivedAt ? new Date(pkg.receivedAt).toLocaleString() : ''} · ${pkg.receivedBy ?? ''}`}
          tertiaryText={(pkg) => pkg.discrepancy ?? ''}
          linkType={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <Column source="label" />
          <ReferenceColumn source="workOrderId" reference="work-orders" link={false} emptyText="—" />
          <DateColumn source="receivedAt" showTime />
          <Column source="receivedBy" />
          <Column source="discrepancy">
            <TextField source="discrepancy" emptyText="—" />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
