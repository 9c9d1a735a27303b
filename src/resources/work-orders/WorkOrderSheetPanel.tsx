import type { ReactNode } from 'react';
import { Box, Card, CardContent, LinearProgress, Link as MuiLink, Typography } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useWorkOrderSheet } from './useWorkOrderSheet.ts';

const T = 'resources.work-orders.print';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title}>
    <CardContent sx={{ display: 'grid', gap: 0.5, overflowWrap: 'anywhere' }}>
      <Typography variant="overline" component="h3" color="text.secondary">
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const Line = ({ children }: { children: ReactNode }) => <Typography variant="body2">{children}</Typography>;

/**
 * What the printed work order shows, on the page, for who may see the customer (the policy's
 * `read-customer`): customer, vehicle, equipment with serials, packages with their tracking.
 */
export const WorkOrderSheetPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<WorkOrder>();
  const { canAccess } = useCanAccess({ resource: 'work-orders', action: 'read-customer' });
  const sheet = useWorkOrderSheet(record?.id, record?.version, canAccess === true);
  if (!record || !canAccess) return null;
  if (sheet.isPending) return <LinearProgress />;
  if (sheet.error) return <ErrorAlert error={sheet.error} />;
  const { customer, vehicle, devices, packages } = sheet.data;
  const choice = (group: string, value: string) => translate(`choices.${group}.${value}`);
  return (
    <Box data-testid="work-order-sheet" sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
      <Section title={translate(`${T}.customer`)}>
        {customer ? (
          <>
            <Line>
              <strong>
                {customer.firstName} {customer.lastName}
              </strong>
            </Line>
            {customer.phone && (
              <MuiLink href={`tel:${customer.phone}`} variant="body2">
                {customer.phone}
              </MuiLink>
            )}
            {customer.caseNumber && <Line>{`${translate(`${T}.caseNumber`)}: ${customer.caseNumber}`}</Line>}
          </>
        ) : (
          <Line>—</Line>
        )}
      </Section>
      <Section title={translate(`${T}.vehicle`)}>
        {vehicle ? (
          <>
            <Line>
              <strong>
                {vehicle.year} {vehicle.make} {vehicle.model}
              </strong>
            </Line>
            <Line>{`${translate(`${T}.vin`)}: ${vehicle.vin}`}</Line>
            {vehicle.plate && <Line>{`${translate(`${T}.plate`)}: ${vehicle.plate} ${vehicle.plateState ?? ''}`}</Line>}
          </>
        ) : (
          <Line>—</Line>
        )}
      </Section>
      <Section title={translate(`${T}.devices`)}>
        {devices.length ? (
          devices.map((d) => <Line key={d.id}>{`${choice('deviceKind', d.kind)} ${d.serial} (${d.model}) · ${choice('deviceStatus', d.status)}`}</Line>)
        ) : (
          <Line>{translate(`${T}.noDevices`)}</Line>
        )}
      </Section>
      <Section title={translate(`${T}.packages`)}>
        {packages.length ? (
          packages.map((p) => (
            <Line key={p.id}>
              {`${p.label}: ${choice('carrier', p.shipment.carrier)} ${p.shipment.trackingNumber ?? translate(`${T}.noTracking`)} · ${choice('shipmentStatus', p.shipment.status)}`}
            </Line>
          ))
        ) : (
          <Line>{translate(`${T}.noPackages`)}</Line>
        )}
      </Section>
    </Box>
  );
};
