import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, useTheme } from '@mui/material';
import { Button, useGetList, useTranslate } from 'react-admin';
import type { Device, ShipmentPackage } from '../../../server/resources/types.ts';
import type { Receipt } from '../../../server/rules/shipments/receive.ts';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { ReceiptResult } from './ReceiptResult.tsx';
import { SerialScanner } from './SerialScanner.tsx';

const T = 'resources.shipment-packages.receive';

/** The serials on a package's packing list: the devices shipped for its work order. */
function useExpectedSerials(pkg: ShipmentPackage, enabled: boolean): string[] {
  const { data } = useGetList<Device>(
    'devices',
    { filter: { workOrderId: pkg.workOrderId, status: 'shipped' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: enabled && pkg.workOrderId != null },
  );
  return (data ?? []).map((device) => device.serial);
}

/**
 * Receives a package at the counter: the serials are scanned or typed (or everything is taken
 * as listed), then the answer shows what was received, missing or unexpected. Full screen on a phone.
 */
export const ReceiveDialog = ({ pkg, onClose }: { pkg: ShipmentPackage; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [scanned, setScanned] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const expected = useExpectedSerials(pkg, receipt === null);
  const receive = useCommandMutation({
    mutationFn: (serials: string[] | undefined) => dataProvider.receivePackage(pkg.id, { serials, version: pkg.version }),
    onSuccess: ({ data }) => setReceipt(data),
  });
  const busy = receive.isPending;
  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="receive-title" maxWidth="sm" fullWidth fullScreen={narrow}>
      <DialogTitle id="receive-title" sx={{ overflowWrap: 'anywhere' }}>
        {translate(receipt ? `${T}.resultTitle` : `${T}.title`, { label: pkg.label })}
      </DialogTitle>
      <DialogContent>
        {receipt ? (
          <ReceiptResult receipt={receipt} />
        ) : (
          <>
            {expected.length === 0 && (
              <Typography variant="body2" sx={{ mb: 2 }}>
                {translate(`${T}.noSerials`, { contents: pkg.contents ?? '—' })}
              </Typography>
            )}
            <SerialScanner expected={expected} scanned={scanned} onChange={setScanned} disabled={busy} />
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {receipt ? (
          <Button label={`${T}.done`} onClick={onClose} variant="contained" />
        ) : (
          <>
            <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
            <Button label={`${T}.all`} onClick={() => receive.mutate(undefined)} disabled={busy} variant="outlined">
              <DoneAllIcon />
            </Button>
            <Button label={`${T}.checked`} onClick={() => receive.mutate(scanned)} disabled={busy || scanned.length === 0} variant="contained">
              <CheckIcon />
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
