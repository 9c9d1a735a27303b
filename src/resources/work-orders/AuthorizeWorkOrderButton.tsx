import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Confirm, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { authorizeProblem, needsAuthorization } from '../../../server/rules/work-orders/rules.ts';
import { useCommand } from '../../components/useCommand.ts';

/**
 * "Authorize" on a removal, exchange or vehicle switch: compliance only; disabled with the reason
 * for other roles and for orders that are closed or already authorised (the server decides again).
 */
export const AuthorizeWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const { busy, run } = useCommand();
  const [open, setOpen] = useState(false);
  if (!record || !needsAuthorization(record.type)) return null;
  const reason =
    identity?.role !== 'compliance'
      ? translate('resources.work-orders.authorize.onlyCompliance')
      : authorizeProblem({ type: record.type, status: record.status, authorizedAt: record.authorizedAt ?? null });

  const authorize = async () => {
    await run(`work-orders/${String(record.id)}/authorize`, 'resources.work-orders.authorize.done');
    setOpen(false);
  };

  return (
    <Box>
      <Button variant="contained" startIcon={<VerifiedUserIcon />} disabled={reason !== null || busy} onClick={() => setOpen(true)}>
        {translate('resources.work-orders.authorize.button')}
      </Button>
      {reason && (
        <Typography variant="body2" color="text.secondary" data-testid="authorize-reason">
          {reason}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.work-orders.authorize.confirmTitle"
        titleTranslateOptions={{ number: record.number }}
        content="resources.work-orders.authorize.confirmContent"
        onConfirm={authorize}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};
