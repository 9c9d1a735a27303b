import { useRef, useState } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, useListContext, useNotify } from 'react-admin';
import { downloadCsv, saveFile } from '../csv/downloadCsv.ts';
import { exportUrl } from '../csv/exportUrl.ts';
import { ExportProgress } from './ExportProgress.tsx';

/**
 * Export: the whole list as the screen filters, searches and sorts it, streamed by the server as
 * CSV (GET /api/<resource>.csv, cells safe for spreadsheets), with the rows received so far and
 * Cancel; the file is saved when the last row has arrived.
 */
export const CsvExportButton = () => {
  const { filter, filterValues, sort, resource, total } = useListContext();
  const notify = useNotify();
  const [progress, setProgress] = useState<{ rows: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ rows: 0, total: total ?? 0 });
    try {
      const url = exportUrl(resource, { ...filterValues, ...filter }, sort);
      saveFile(await downloadCsv(url, { signal: controller.signal, onProgress: (rows, all) => setProgress({ rows, total: all }) }));
    } catch (error) {
      if (!controller.signal.aborted) notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  return (
    <>
      <Button label="ra.action.export" onClick={() => void start()} disabled={total === 0 || progress !== null}>
        <DownloadIcon />
      </Button>
      {progress && <ExportProgress rows={progress.rows} total={progress.total} onCancel={() => running.current?.abort()} />}
    </>
  );
};
