import { ColumnsButton, CreateButton, ExportButton, TopToolbar } from 'react-admin';
import { safeExporter } from '../csv/safeExporter.ts';

/** Column chooser, create and CSV export (cells safe for spreadsheets) above every list. */
export const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar>
    <ColumnsButton />
    {create && <CreateButton />}
    <ExportButton maxResults={5000} exporter={safeExporter} />
  </TopToolbar>
);
