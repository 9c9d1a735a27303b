import { defaultExporter, type Exporter } from 'react-admin';
import { safeCell } from '../../server/csv/safe-cell.ts';

/** react-admin's CSV export (jsonexport + downloadCSV) of the records with every cell made safe for spreadsheets. */
export const safeExporter: Exporter = (records, fetchRelatedRecords, dataProvider, resource) =>
  defaultExporter(records.map(safeCell), fetchRelatedRecords, dataProvider, resource);
