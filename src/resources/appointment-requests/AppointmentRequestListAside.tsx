import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

export const AppointmentRequestListAside = () => {
  const translate = useTranslate();
  return (
    <ListAside>
      <ChoiceFilter source="status" group="appointmentRequestStatus" label="resources.appointment-requests.fields.status" icon={<FlagIcon />} />
      <ChoiceFilter source="kind" group="appointmentRequestKind" label="resources.appointment-requests.fields.kind" icon={<CategoryIcon />} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.appointment-requests.help')}
      </Typography>
    </ListAside>
  );
};
