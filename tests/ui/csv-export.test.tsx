// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ChartCard } from '../../src/dashboard/ChartCard.tsx';
import { captureCsv, renderDashboard } from './dashboard-fixtures.tsx';

afterEach(cleanup);

// A value typed by someone (a center's name) must not run as a formula in the spreadsheet that opens the export (lists: tests/ui/list-export.test.tsx and the server's tests/server/csv-export.test.ts).
describe('CSV exports escape formula cells', () => {
  it('from a dashboard card: Export the numbers', async () => {
    const rows = [
      { center: '+1 Audio', change: -3 },
      { center: 'Acme', change: 2 },
    ];
    const columns = [
      { label: 'Center', value: (row: (typeof rows)[number]) => row.center },
      { label: 'Change', value: (row: (typeof rows)[number]) => row.change, numeric: true },
    ];
    const csv = captureCsv();
    try {
      renderDashboard(<ChartCard id="changes" title="Changes" empty="None" loading={false} error={null} rows={rows} columns={columns} />);
      fireEvent.click(await screen.findByRole('button', { name: /Export the numbers/ }));
      await waitFor(() => expect(csv.files).toHaveLength(1));
      expect((await csv.files[0]).split('\n')).toEqual(['Center,Change', "'+1 Audio,-3", 'Acme,2']);
    } finally {
      csv.restore();
    }
  });
});
