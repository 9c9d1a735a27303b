import AddIcon from '@mui/icons-material/Add';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Opens the installer form with this center already chosen; for roles that may add installers. */
export const AddInstallerButton = (_props: { label?: false }) => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'installers', action: 'create' });
  if (!record || !canAccess) return null;
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
