import { useLocale, useTranslate } from 'react-admin';
import type { PrintedWorkOrder } from '../../../server/rules/work-orders/commands.ts';
import { needsAuthorization } from '../../../server/rules/work-orders/rules.ts';

/** The provider's name at the top of every printed work order. */
export const PROVIDER_HEADER = 'Interlock Back Office';

/** One printed page: header, center, customer, vehicle, work, equipment, packages, authorisation, signatures. */
export const WorkOrderSheet = ({ data }: { data: PrintedWorkOrder }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { workOrder: order, center, customer, vehicle, devices, packages } = data;
  const at = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const choice = (group: string, value: string) => translate(`choices.${group}.${value}`);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.work-orders.print.${key}`, options);
  return (
    <article className="print-sheet wo-print" aria-label={`${t('title')} ${order.number ?? ''}`}>
      <header>
        <div>
          <div className="provider">{PROVIDER_HEADER}</div>
          <div>Ignition interlock service network</div>
        </div>
        <div className="doc-title">
          <strong>
            {t('title')} {order.number}
          </strong>
          {choice('workOrderType', order.type)} · {choice('workOrderStatus', order.status)}
        </div>
      </header>
      <div className="grid">
        <section>
          <h2>{t('center')}</h2>
          <p>
            <strong>{center.name}</strong>
          </p>
          <p>{center.street}</p>
          <p>
            {center.city}, {center.state} {center.postalCode}
          </p>
          {center.phone && <p>{center.phone}</p>}
        </section>
        <section>
          <h2>{t('customer')}</h2>
          {customer ? (
            <>
              <p>
                <strong>
                  {customer.firstName} {customer.lastName}
                </strong>
              </p>
              {customer.phone && <p>{customer.phone}</p>}
              {customer.caseNumber && (
                <p>
                  {t('caseNumber')}: {customer.caseNumber}
                </p>
              )}
            </>
          ) : (
            <p>—</p>
          )}
        </section>
        <section>
          <h2>{t('vehicle')}</h2>
          {vehicle ? (
            <>
              <p>
                <strong>
                  {vehicle.year} {vehicle.make} {vehicle.model}
                </strong>
              </p>
              <p>
                {t('vin')}: {vehicle.vin}
              </p>
              {vehicle.plate && (
                <p>
                  {t('plate')}: {vehicle.plate} {vehicle.plateState ?? ''}
                </p>
              )}
            </>
          ) : (
            <p>—</p>
          )}
        </section>
        <section>
          <h2>{t('work')}</h2>
          <p>
            {translate('resources.work-orders.fields.scheduledAt')}: {at(order.scheduledAt)}
          </p>
          {order.startedAt && (
            <p>
              {translate('resources.work-orders.fields.startedAt')}: {at(order.startedAt)}
            </p>
          )}
          {order.completedAt && (
            <p>
              {translate('resources.work-orders.fields.completedAt')}: {at(order.completedAt)}
            </p>
          )}
          <p>
            {translate('resources.work-orders.fields.cost')}: {order.cost == null ? '—' : order.cost.toLocaleString('en-US', { style: 'currency', currency: 'USD' })} ·{' '}
            {translate('resources.work-orders.fields.billableTo')}: {choice('billableTo', order.billableTo)}
          </p>
        </section>
        <section className="wide">
          <h2>{t('devices')}</h2>
          {devices.length ? (
            <table>
              <thead>
                <tr>
                  <th>{t('kind')}</th>
                  <th>{t('serial')}</th>
                  <th>{t('model')}</th>
                  <th>{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {devices.map((d) => (
                  <tr key={d.id}>
                    <td>{choice('deviceKind', d.kind)}</td>
                    <td>{d.serial}</td>
                    <td>{d.model}</td>
                    <td>{choice('deviceStatus', d.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('noDevices')}</p>
          )}
        </section>
        <section className="wide">
          <h2>{t('packages')}</h2>
          {packages.length ? (
            <table>
              <thead>
                <tr>
                  <th>{t('label')}</th>
                  <th>{t('carrier')}</th>
                  <th>{t('tracking')}</th>
                  <th>{t('shipment')}</th>
                </tr>
              </thead>
              <tbody>
                {packages.map((p) => (
                  <tr key={p.id}>
                    <td>{p.label}</td>
                    <td>{choice('carrier', p.shipment.carrier)}</td>
                    <td>{p.shipment.trackingNumber ?? t('noTracking')}</td>
                    <td>{choice('shipmentStatus', p.shipment.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('noPackages')}</p>
          )}
        </section>
        <section className="wide">
          <h2>{t('authorization')}</h2>
          {order.authorizedAt ? (
            <p data-testid="print-authorization">{t('authorizedBy', { name: order.authorizedBy ?? '—', at: at(order.authorizedAt) })}</p>
          ) : needsAuthorization(order.type) ? (
            <p className="warning" data-testid="print-authorization">
              {t('notAuthorized')}
            </p>
          ) : (
            <p data-testid="print-authorization">{t('notNeeded')}</p>
          )}
        </section>
        {order.notes && (
          <section className="wide">
            <h2>{translate('resources.work-orders.fields.notes')}</h2>
            <p style={{ whiteSpace: 'pre-line' }}>{order.notes}</p>
          </section>
        )}
      </div>
      <div className="signatures">
        <div className="signature-line">{t('technician')}</div>
        <div className="signature-line">{t('date')}</div>
        <div className="signature-line">{t('customerSignature')}</div>
        <div className="signature-line">{t('date')}</div>
      </div>
      <footer>{t('printed', { at: at(data.printedAt), name: data.printedBy })}</footer>
    </article>
  );
};
