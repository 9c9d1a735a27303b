import { ColumnsButton, CreateButton, TopToolbar } from 'react-admin';
import { CsvExportButton } from './CsvExportButton.tsx';
import { ImportButton } from '../imports/ImportButton.tsx';

/** Column chooser, create, CSV import (where the server allows it) and the CSV export of the whole list (streamed by the server, cells safe for spreadsheets) above every list. */
export const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar>
    <ColumnsButton />
    {create && <CreateButton />}
    {create && <ImportButton />}
    <CsvExportButton />
  </TopToolbar>
);
