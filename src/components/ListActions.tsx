import { ColumnsButton, CreateButton, ExportButton, TopToolbar } from 'react-admin';

/** Column chooser, create and CSV export above every list. */
export const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar>
    <ColumnsButton />
    {create && <CreateButton />}
    <ExportButton maxResults={5000} />
  </TopToolbar>
);
