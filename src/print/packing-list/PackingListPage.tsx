import './print.css';
import { Button, CircularProgress } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link, useParams } from 'react-router-dom';
import { useGetList, useGetMany, useGetOne, useTranslate } from 'react-admin';
import type { Customer, ServiceCenter, Shipment, ShipmentPackage, WorkOrder } from '../../../server/resources/types.ts';
import { useCanRead } from '../../components/useCanRead.ts';

const t = (key: string) => `resources.shipments.packingList.${key}`;

/** The shipment's packages with their customers and work orders (for roles that may read them). */
function usePackages(shipmentId: number, enabled: boolean) {
  const packages = useGetList<ShipmentPackage>(
    'shipment-packages',
    { filter: { shipmentId }, sort: { field: 'label', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled },
  );
  const rows = packages.data ?? [];
  const customers = useGetMany<Customer>('customers', { ids: [...new Set(rows.map((p) => p.customerId))] }, { enabled: enabled && rows.length > 0 });
  const workOrderIds = [...new Set(rows.map((p) => p.workOrderId).filter((id): id is number => id != null))];
  const workOrders = useGetMany<WorkOrder>('work-orders', { ids: workOrderIds }, { enabled: enabled && workOrderIds.length > 0 });
  return { rows, customers: customers.data ?? [], workOrders: workOrders.data ?? [], isPending: packages.isPending && enabled };
}

/**
 * The printable packing list of one shipment (/shipments/:id/packing-list): the warehouse's
 * header, the center's address, ship date, carrier and tracking number, every package with its
 * label, contents and customer, boxes to tick when packing and receiving, and signature lines.
 */
export const PackingListPage = () => {
  const { id } = useParams();
  const shipmentId = Number(id);
  const translate = useTranslate();
  const canRead = useCanRead('shipment-packages');
  const shipment = useGetOne<Shipment>('shipments', { id: shipmentId });
  const center = useGetOne<ServiceCenter>('service-centers', { id: shipment.data?.serviceCenterId ?? 0 }, { enabled: shipment.data != null });
  const packages = usePackages(shipmentId, canRead['shipment-packages'] === true);

  if (shipment.isPending || packages.isPending) return <CircularProgress sx={{ m: 4 }} />;
  if (shipment.error || !shipment.data) return <p style={{ margin: 32 }}>{translate('ra.page.not_found')}</p>;
  const s = shipment.data;
  const c = center.data;
  const customerOf = (customerId: number) => packages.customers.find((x) => x.id === customerId);
  const orderOf = (workOrderId: number | null) => packages.workOrders.find((x) => x.id === workOrderId);

  return (
    <>
      <div className="print-toolbar">
        <Button component={Link} to={`/shipments/${s.id}/show`} startIcon={<ArrowBackIcon />}>
          {translate(t('back'))}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate(t('print'))}
        </Button>
      </div>
      <article className="print-sheet pl-print" data-testid="packing-list">
        <header>
          <div className="provider">{translate(t('provider'))}</div>
          <div className="doc-title">
            <strong>{translate(t('title'))}</strong>
            {translate(t('shipment'))} #{s.id}
          </div>
        </header>
        <div className="grid">
          <section>
            <h2>{translate(t('shipTo'))}</h2>
            {c ? (
              <>
                <p><strong>{c.name}</strong></p>
                <p>{c.street}</p>
                <p>{[c.city, c.state, c.postalCode].filter(Boolean).join(', ')}</p>
                {c.phone && <p>{c.phone}</p>}
              </>
            ) : (
              <p>#{s.serviceCenterId}</p>
            )}
          </section>
          <section>
            <h2>{translate(t('shipDate'))}</h2>
            <p><strong>{s.shipDate}</strong></p>
            <h2 style={{ marginTop: 6 }}>{translate(t('carrier'))} · {translate(t('tracking'))}</h2>
            <p>{s.carrier} · {s.trackingNumber ?? translate(t('notYet'))}</p>
          </section>
        </div>
        <section>
          <h2>{translate(t('packages'))} ({packages.rows.length})</h2>
          {canRead['shipment-packages'] !== true ? (
            <p>{translate(t('packagesHidden'))}</p>
          ) : packages.rows.length === 0 ? (
            <p>{translate(t('noPackages'))}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{translate(t('label'))}</th>
                  <th>{translate(t('customer'))}</th>
                  <th>{translate(t('workOrder'))}</th>
                  <th>{translate(t('contents'))}</th>
                  <th className="check">{translate(t('packed'))}</th>
                  <th className="check">{translate(t('received'))}</th>
                </tr>
              </thead>
              <tbody>
                {packages.rows.map((p) => {
                  const customer = customerOf(p.customerId);
                  return (
                    <tr key={p.id} data-testid="packing-list-row">
                      <td><strong>{p.label}</strong></td>
                      <td>{customer ? `${customer.firstName} ${customer.lastName}` : `#${p.customerId}`}</td>
                      <td>{orderOf(p.workOrderId)?.number ?? '—'}</td>
                      <td>{p.contents ?? '—'}</td>
                      <td className="check"><span className="box" /></td>
                      <td className="check"><span className="box" /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <div className="signatures">
          <div className="signature-line">{translate(t('packedBy'))}</div>
          <div className="signature-line">{translate(t('receivedBy'))}</div>
        </div>
        <footer>{translate(t('instructions'))}</footer>
      </article>
    </>
  );
};
