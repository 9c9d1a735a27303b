import { useState } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../../server/resources/types.ts';
import type { WalkInCustomer } from '../../../../server/rules/work-orders/walk-in-lookup.ts';
import { WalkInCustomerSearch } from './WalkInCustomerSearch.tsx';
import { WalkInForm } from './WalkInForm.tsx';
import { WalkInRecorded } from './WalkInRecorded.tsx';

type Step = { at: 'search' } | { at: 'form'; customer: WalkInCustomer; serial: string | null } | { at: 'recorded'; customer: WalkInCustomer; order: WorkOrder };

/**
 * /walk-ins/new: a customer came in without an appointment (calibration, lockout service,
 * handheld exchange). Find them, record the work with its times (and a calibration's readings),
 * see the new calibration dates. One column, for a phone at the counter.
 */
export const WalkInPage = () => {
  const translate = useTranslate();
  const [step, setStep] = useState<Step>({ at: 'search' });
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', my: 2 }}>
      <Title title={translate('resources.work-orders.walkIn.title')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('resources.work-orders.walkIn.title')}
          </Typography>
          {step.at === 'search' && <WalkInCustomerSearch onChoose={(customer, serial) => setStep({ at: 'form', customer, serial })} />}
          {step.at === 'form' && (
            <WalkInForm customer={step.customer} serial={step.serial} onRecorded={(order) => setStep({ at: 'recorded', customer: step.customer, order })} onBack={() => setStep({ at: 'search' })} />
          )}
          {step.at === 'recorded' && <WalkInRecorded order={step.order} customer={step.customer} onNext={() => setStep({ at: 'search' })} />}
        </CardContent>
      </Card>
    </Box>
  );
};
