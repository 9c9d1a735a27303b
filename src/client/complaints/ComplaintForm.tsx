import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useCreate, useTranslate } from 'ra-core';
import type { CustomerVisit } from '../../../server/rules/complaints/visits.ts';
import { COMPLAINT_CATEGORIES } from '../../../server/resources/choices.ts';
import { useFormat } from '../format.ts';
import { refusalOf } from '../errors.ts';
import { NativeSelect } from '../parts/NativeSelect.tsx';
import { visitedCenters, visitsAt } from './visits.ts';

const T = 'client.complaints.form';
const MAX_BODY = 4000;

type Errors = Record<string, string>;

/** Files a complaint about one of the centers the customer visited, and optionally one visit there; says when it is sent. */
export const ComplaintForm = ({ visits }: { visits: readonly CustomerVisit[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  const [create, { isPending }] = useCreate();
  const [centerId, setCenterId] = useState<number | ''>('');
  const [visitId, setVisitId] = useState<number | ''>('');
  const [category, setCategory] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ sent: true } | { sent: false; reason: string } | null>(null);
  const centers = visitedCenters(visits);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Errors = {};
    if (centerId === '') missing.serviceCenterId = translate(`${T}.required`);
    if (!category) missing.category = translate(`${T}.required`);
    if (!body.trim()) missing.body = translate(`${T}.required`);
    setErrors(missing);
    setOutcome(null);
    if (Object.keys(missing).length) return;
    const data = { serviceCenterId: centerId, workOrderId: visitId === '' ? null : visitId, category, body: body.trim() };
    create('complaints', { data }, {
      onSuccess: () => {
        setCenterId('');
        setVisitId('');
        setCategory('');
        setBody('');
        setOutcome({ sent: true });
      },
      onError: (error) => {
        const refusal = refusalOf(error);
        setErrors(refusal.errors);
        setOutcome({ sent: false, reason: refusal.message });
      },
    });
  };

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submit}>
      <NativeSelect
        required
        label={translate(`${T}.center`)}
        value={centerId}
        onChange={(value) => {
          setCenterId(value === '' ? '' : Number(value));
          setVisitId('');
        }}
        error={errors.serviceCenterId}
      >
        {centers.map((c) => (
          <option key={c.id} value={c.id}>
            {translate(`${T}.centerName`, { name: c.name, city: c.city })}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect label={translate(`${T}.visit`)} value={visitId} disabled={centerId === ''} onChange={(value) => setVisitId(value === '' ? '' : Number(value))} error={errors.workOrderId}>
        <option value="">{translate(`${T}.anyVisit`)}</option>
        {visitsAt(visits, centerId).map((v) => (
          <option key={v.workOrderId} value={v.workOrderId}>
            {translate(`${T}.visitName`, { type: translate(`client.workOrderTypes.${v.type}`), date: format.moment(v.scheduledAt) })}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect required label={translate(`${T}.category`)} value={category} onChange={setCategory} error={errors.category}>
        {COMPLAINT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {translate(`client.complaints.categories.${c}`)}
          </option>
        ))}
      </NativeSelect>
      <TextField
        required
        multiline
        minRows={4}
        label={translate(`${T}.body`)}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={Boolean(errors.body)}
        helperText={errors.body ?? translate(`${T}.bodyHelp`, { count: MAX_BODY - body.length })}
        slotProps={{ htmlInput: { maxLength: MAX_BODY } }}
      />
      {outcome?.sent === true && <Alert severity="success">{translate(`${T}.sent`)}</Alert>}
      {outcome?.sent === false && <Alert severity="error">{translate(`${T}.failed`, { reason: outcome.reason })}</Alert>}
      <Button type="submit" variant="contained" disabled={isPending} sx={{ alignSelf: 'flex-start' }}>
        {translate(`${T}.send`)}
      </Button>
    </Stack>
  );
};
