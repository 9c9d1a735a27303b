import { Button, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'ra-core';
import type { UnlockCodeRules } from '../../../server/rules/client-portal/dashboard.ts';
import { useFormat } from '../format.ts';
import { telHref } from '../tel.ts';
import { SectionCard } from './SectionCard.tsx';

/** The state's unlock-code rule in a sentence: codes here (how long valid, at what fee), or the number to call. */
export const UnlockRuleCard = ({ rules }: { rules: UnlockCodeRules }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <SectionCard id="dashboard-unlock" title={translate('client.dashboard.unlockCodes.title')}>
      {rules.allowed ? (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Typography>{translate('client.dashboard.unlockCodes.allowed', { state: rules.stateName, hours: rules.validHours ?? '—' })}</Typography>
          <Typography>{rules.fee ? translate('client.dashboard.unlockCodes.fee', { fee: format.money(rules.fee) }) : translate('client.dashboard.unlockCodes.free')}</Typography>
          <Button variant="contained" component={RouterLink} to="/unlock">
            {translate('client.dashboard.unlockCodes.get')}
          </Button>
        </Stack>
      ) : (
        <Stack spacing={1}>
          <Typography>{translate('client.dashboard.unlockCodes.notAllowed', { state: rules.stateName })}</Typography>
          {rules.callNumber && <Link href={telHref(rules.callNumber)}>{translate('client.dashboard.unlockCodes.call', { number: rules.callNumber })}</Link>}
        </Stack>
      )}
    </SectionCard>
  );
};
