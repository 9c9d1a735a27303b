import AddIcon from '@mui/icons-material/Add';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Opens the installer form with this center already chosen. */
export const AddInstallerButton = (_props: { label?: false }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to="/installers/create"
      state={{ record: { serviceCenterId: record.id } }}
      label="resources.service-centers.actions.addInstaller"
      sx={{ alignSelf: 'flex-start' }}
    >
      <AddIcon />
    </Button>
  );
};
