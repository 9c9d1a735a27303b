import { Button } from '@mui/material';
import ListIcon from '@mui/icons-material/List';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { timeLabel } from '../format.ts';
import { listUrl, showUrl } from '../links.ts';

const T = 'resources.dashboard.compliance.discrepancies';
const FILTER = { hasDiscrepancy: true };

/** Packages a center received with serials missing or unexpected: how many, the latest, and the list of all of them. */
export const PackageDiscrepanciesCard = () => {
  const translate = useTranslate();
  const query = useGetList<ShipmentPackage>('shipment-packages', { filter: FILTER, sort: { field: 'receivedAt', order: 'DESC' }, pagination: { page: 1, perPage: 5 } });
  const columns: Column<ShipmentPackage>[] = [
    { label: `${T}.label`, value: (row) => row.label },
    { label: `${T}.discrepancy`, value: (row) => row.discrepancy },
    { label: `${T}.receivedAt`, value: (row) => row.receivedAt, render: (row) => (row.receivedAt ? timeLabel(row.receivedAt) : ''), nowrap: true },
  ];
  return (
    <ChartCard
      id="package-discrepancies"
      title={translate(`${T}.title`)}
      subtitle={query.total == null ? undefined : translate(`${T}.help`, { smart_count: query.total })}
      empty={translate(`${T}.empty`)}
      loading={query.isPending}
      error={query.error}
      rows={query.data}
      columns={columns}
      linkOf={(row) => showUrl('shipment-packages', row.id)}
      controls={
        <Button component={Link} to={listUrl('shipment-packages', FILTER)} size="small" startIcon={<ListIcon />}>
          {translate(`${T}.all`)}
        </Button>
      }
    />
  );
};
