import { fetchRelatedRecords, type DataProvider } from 'react-admin';
import { safeExporter } from '../csv/safeExporter.ts';

/**
 * Downloads records as `<name>.csv` with react-admin's exporter (jsonexport + downloadCSV), cells
 * made safe for spreadsheets by the same rule as the lists' streamed export (server/csv/safe-cell.ts).
 */
export function downloadRecords(records: Record<string, unknown>[], name: string, dataProvider: DataProvider) {
  return safeExporter(records, fetchRelatedRecords(dataProvider), dataProvider, name);
}
