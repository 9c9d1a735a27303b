import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useResourceContext } from 'react-admin';

/** To the list's CSV import page, for those the server lets import this resource (others, and resources not imported, see nothing). */
export const ImportButton = () => {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'import' });
  if (!canAccess || !resource) return null;
  return (
    <Button component={Link} to={`/import/${resource}`} label="resources.imports.button">
      <UploadFileIcon />
    </Button>
  );
};
