// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { ChartCard } from '../../src/dashboard/ChartCard.tsx';
import { FindingList } from '../../src/resources/findings/FindingList.tsx';
import { captureCsv, renderDashboard } from './dashboard-fixtures.tsx';
import { renderResource } from './render.tsx';

afterEach(cleanup);

// A value typed by someone (a finding's title, a center's name) must not run as a formula in the spreadsheet that opens the export.
describe('CSV exports escape formula cells', () => {
  it('from a list: the Export button', async () => {
    const finding = { id: 3, severity: 'major', title: '=HYPERLINK("http://evil","x")', detail: '@cmd', requirement: '-x', serviceCenterId: 7, auditId: -3, escalatedFrom: null };
    const dataProvider = testDataProvider({
      getList: vi.fn(async () => ({ data: [finding], total: 1 })) as DataProvider['getList'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
    });
    const csv = captureCsv();
    try {
      renderResource('findings', dataProvider, <FindingList />);
      fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
      await waitFor(() => expect(csv.files).toHaveLength(1));
      expect(csv.names).toEqual(['findings.csv']);
      const [header, row] = (await csv.files[0]).split('\n');
      expect(header).toBe('id,severity,title,detail,requirement,serviceCenterId,auditId,escalatedFrom');
      expect(row).toBe(`3,major,"'=HYPERLINK(""http://evil"",""x"")",'@cmd,'-x,7,-3,`);
    } finally {
      csv.restore();
    }
  });

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
