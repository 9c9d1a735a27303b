import { useState } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, useMediaQuery, type Theme } from '@mui/material';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { Installer } from '../../server/resources/types.ts';
import { useCommandMutation } from '../components/useCommandMutation.ts';

const T = 'resources.paperwork.staff';
const DUTIES = ['installer', 'paperwork', 'installer-and-paperwork'] as const;
const EMPTY = { firstName: '', lastName: '', email: '', phone: '', duties: 'installer' as string };

/**
 * **Add installer**: a new installer or paperwork handler of the center (name, e-mail, phone,
 * duties); the server starts them pending (background check pending, training not started).
 */
export const AddStaffButton = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { canAccess } = useCanAccess({ resource: 'installers', action: 'create' });
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const add = useCommandMutation({
    mutationFn: async () => {
      const optional = (value: string) => value.trim() || null;
      const data = { serviceCenterId: centerId, firstName: values.firstName.trim(), lastName: values.lastName.trim(), email: optional(values.email), phone: optional(values.phone), duties: values.duties };
      return (await dataProvider.create<Installer>('installers', { data })).data;
    },
    successMessage: `${T}.added`,
    onSuccess: () => {
      setOpen(false);
      setValues(EMPTY);
    },
  });
  if (!canAccess) return null;
  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    label: translate(`resources.installers.fields.${name}`),
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
    fullWidth: true,
    margin: 'dense' as const,
  });
  const complete = values.firstName.trim() !== '' && values.lastName.trim() !== '';
  return (
    <>
      <Button variant="contained" size="small" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        {translate(`${T}.add`)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" fullScreen={phone}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (complete) add.mutate();
          }}
        >
          <DialogTitle>{translate(`${T}.addTitle`)}</DialogTitle>
          <DialogContent>
            <TextField {...field('firstName')} required autoFocus slotProps={{ htmlInput: { maxLength: 60 } }} />
            <TextField {...field('lastName')} required slotProps={{ htmlInput: { maxLength: 60 } }} />
            <TextField {...field('email')} type="email" />
            <TextField {...field('phone')} type="tel" />
            <TextField {...field('duties')} select>
              {DUTIES.map((duty) => (
                <MenuItem key={duty} value={duty}>
                  {translate(`choices.staffDuties.${duty}`)}
                </MenuItem>
              ))}
            </TextField>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!complete || add.isPending}>
              {translate(`${T}.add`)}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
