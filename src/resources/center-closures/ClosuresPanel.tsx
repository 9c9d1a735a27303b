import { Box, IconButton, List, ListItem, ListItemText, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { Confirm, CreateBase, Form, SaveButton, useDelete, useGetList, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { CenterClosure } from '../../../server/resources/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { errorMessage } from '../../components/errorMessage.ts';
import { addDaysToIsoDay, today } from '../../dates.ts';
import { CenterClosureInputs } from './CenterClosureInputs.tsx';

const T = 'resources.center-closures.hours';

const days = (closure: CenterClosure) => (closure.startsOn === closure.endsOn ? closure.startsOn : `${closure.startsOn} – ${closure.endsOn}`);

/** One closure with its Delete button, which asks first (the days become bookable again). */
const ClosureItem = ({ closure, onDeleted }: { closure: CenterClosure; onDeleted: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [remove, { isPending }] = useDelete();
  const confirm = () =>
    remove(
      'center-closures',
      { id: closure.id, previousData: closure },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAsking(false);
          notify(`${T}.removed`, { type: 'info' });
          onDeleted();
        },
        onError: (error) => {
          setAsking(false);
          const message = errorMessage(error);
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  return (
    <ListItem
      divider
      disableGutters
      secondaryAction={
        <IconButton edge="end" aria-label={translate(`${T}.remove`, { days: days(closure) })} onClick={() => setAsking(true)}>
          <DeleteIcon />
        </IconButton>
      }
    >
      <ListItemText primary={days(closure)} secondary={closure.reason} sx={{ pr: 4, overflowWrap: 'anywhere' }} />
      <Confirm
        isOpen={asking}
        loading={isPending}
        title={`${T}.removeTitle`}
        content={translate(`${T}.removeContent`, { days: days(closure), reason: closure.reason })}
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      />
    </ListItem>
  );
};

/**
 * A center's current and coming closures, each deletable, and a form to add one: what its staff
 * keep up to date on the Hours page.
 */
export const ClosuresPanel = ({ serviceCenterId }: { serviceCenterId: Identifier }) => {
  const translate = useTranslate();
  const notify = useNotify();
  // Yesterday: a closure that ended yesterday by the browser's day may still be on in the center's zone.
  const list = useGetList<CenterClosure>('center-closures', {
    filter: { serviceCenterId, endsOn_gte: addDaysToIsoDay(today(), -1) },
    sort: { field: 'startsOn', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const [formKey, setFormKey] = useState(0);
  return (
    <Box component="section" aria-labelledby="closures-title" sx={{ width: '100%', maxWidth: 640 }}>
      <Typography id="closures-title" variant="subtitle1" component="h2">
        {translate(`${T}.closures`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${T}.closuresIntro`)}
      </Typography>
      {list.error && <ErrorAlert error={list.error} />}
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {translate(`${T}.upcoming`)}
      </Typography>
      {list.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate(`${T}.noClosures`)}
        </Typography>
      )}
      <List dense disablePadding>
        {list.data?.map((closure) => (
          <ClosureItem key={closure.id} closure={closure} onDeleted={() => void list.refetch()} />
        ))}
      </List>
      <Typography variant="body2" component="h3" sx={{ fontWeight: 500, mt: 2 }}>
        {translate(`${T}.add`)}
      </Typography>
      <CreateBase
        key={formKey}
        resource="center-closures"
        redirect={false}
        transform={(data: Record<string, unknown>) => ({ ...data, serviceCenterId })}
        mutationOptions={{
          onSuccess: () => {
            notify(`${T}.added`, { type: 'info' });
            setFormKey((key) => key + 1);
            void list.refetch();
          },
        }}
      >
        <Form>
          <CenterClosureInputs center={false} />
          <SaveButton label={`${T}.add`} />
        </Form>
      </CreateBase>
    </Box>
  );
};
