import { defaultExporter, fetchRelatedRecords, type DataProvider } from 'react-admin';

/**
 * Downloads records as `<name>.csv` with react-admin's exporter (jsonexport + downloadCSV): the
 * same CSV dialect as the lists' Export button.
 */
export function downloadRecords(records: Record<string, unknown>[], name: string, dataProvider: DataProvider) {
  return defaultExporter(records, fetchRelatedRecords(dataProvider), dataProvider, name);
}
