import { ColumnsButton, CreateButton, TopToolbar } from 'react-admin';
import { CsvExportButton } from './CsvExportButton.tsx';

/** Column chooser, create and the CSV export of the whole list (streamed by the server, cells safe for spreadsheets) above every list. */
export const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar>
    <ColumnsButton />
    {create && <CreateButton />}
    <CsvExportButton />
  </TopToolbar>
);
