import { Alert, Button, Stack } from '@mui/material';
import PhoneIcon from '@mui/icons-material/Phone';
import { useTranslate } from 'ra-core';
import type { UnlockCodeRules } from '../../../server/rules/client-portal/dashboard.ts';
import { telHref } from '../tel.ts';

/** Where the state gives no codes through the portal: it says so, with the number to call (the state's rules, kept as data). */
export const NoCodesHere = ({ rules }: { rules: UnlockCodeRules }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Alert severity="info">{translate('client.unlock.notAllowed', { state: rules.stateName })}</Alert>
      {rules.callNumber ? (
        <Button variant="contained" size="large" startIcon={<PhoneIcon />} href={telHref(rules.callNumber)}>
          {translate('client.unlock.callToUnlock', { number: rules.callNumber })}
        </Button>
      ) : (
        <Alert severity="warning">{translate('client.unlock.callMonitoring')}</Alert>
      )}
    </Stack>
  );
};
