import { fetchRelatedRecords, type DataProvider } from 'react-admin';
import { safeExporter } from '../csv/safeExporter.ts';

/**
 * Downloads records as `<name>.csv` with the lists' exporter (jsonexport + downloadCSV, cells
 * safe for spreadsheets): the same CSV dialect as the lists' Export button.
 */
export function downloadRecords(records: Record<string, unknown>[], name: string, dataProvider: DataProvider) {
  return safeExporter(records, fetchRelatedRecords(dataProvider), dataProvider, name);
}
