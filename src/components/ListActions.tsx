import { ColumnsButton, CreateButton, ExportButton, TopToolbar } from 'react-admin';
import { safeExporter } from '../csv/safeExporter.ts';
import { ImportButton } from '../imports/ImportButton.tsx';

/** Column chooser, create, CSV import (where the server allows it) and CSV export (cells safe for spreadsheets) above every list. */
export const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar>
    <ColumnsButton />
    {create && <CreateButton />}
    {create && <ImportButton />}
    <ExportButton maxResults={5000} exporter={safeExporter} />
  </TopToolbar>
);
