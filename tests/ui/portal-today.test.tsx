// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Identifier } from 'react-admin';
import { Dashboard } from '../../src/dashboard/Dashboard.tsx';
import type { Agenda, AgendaRow } from '../../server/rules/portal/agenda.ts';
import { captureCsv, renderDashboard } from './dashboard-fixtures.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CENTER = { id: 1, name: 'Acme Audio', city: 'Seattle', state: 'WA', rating: 91.25, ratingStars: 4.6, ratingGrade: 'A' };

const ROW: AgendaRow = {
  id: 7,
  number: 'WO-2026-0007',
  type: 'removal',
  status: 'scheduled',
  scheduledAt: '2026-12-06T17:30:00.000Z',
  startedAt: null,
  completedAt: null,
  cost: 85,
  billableTo: 'customer',
  authorizationNeeded: true,
  authorizedAt: null,
  version: 3,
  customer: { id: 5, firstName: 'Cora', lastName: 'Lane', phone: '555-0100' },
  vehicle: { id: 9, year: 2021, make: 'Toyota', model: 'Corolla' },
  packages: [{ id: 11, label: 'PKG-11', shipment: { id: 4, carrier: 'FedEx', trackingNumber: '1Z999', status: 'shipped', shipDate: '2026-12-03' } }],
};

/** Center staff at `/`, their center answered by getOne and their agenda by `rows`. */
function renderToday(rows: AgendaRow[]) {
  const agenda = vi.fn(async (_centerId: Identifier, range: { from: string; to: string }): Promise<{ data: Agenda }> => ({ data: { ...range, rows, timeZone: 'America/Los_Angeles', truncated: false } }));
  const getOne = vi.fn(async () => ({ data: CENTER }));
  const rendered = renderDashboard(<Dashboard />, { role: 'center-staff', dataProvider: { getOne, agenda } as never });
  return { ...rendered, agenda };
}

/** A screen at least as wide as a tablet (MUI's media queries answer from matchMedia). */
const wideScreen = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, onchange: null, dispatchEvent: () => false }));

describe('Today, the landing page of center staff', () => {
  test('on a phone: their center, then each appointment as a card with its number linking to the work order, customer, phone, vehicle, cost, authorisation and tracking', async () => {
    const { agenda, statsCall } = renderToday([ROW]);
    expect(await screen.findByRole('heading', { name: 'Acme Audio' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'WO-2026-0007' });
    expect(link.getAttribute('href')).toBe('/work-orders/7/show');
    const card = link.closest('li')!;
    expect(within(card).getByText('Cora Lane')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Call Cora Lane' }).getAttribute('href')).toBe('tel:555-0100');
    expect(within(card).getByText('2021 Toyota Corolla')).toBeTruthy();
    // the time at the center (17:30 UTC is 9:30 in Los Angeles in December), whatever the browser's zone
    expect(within(card).getByText(/^9:30\sAM ·/)).toBeTruthy();
    expect(within(card).getByText('$85.00, paid by Customer')).toBeTruthy();
    expect(within(card).getByText('Awaiting authorisation')).toBeTruthy();
    expect(within(card).getByText('PKG-11: FedEx 1Z999 (Shipped)')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(statsCall).not.toHaveBeenCalled();
    const [centerId, range] = agenda.mock.calls[0];
    expect(centerId).toBe(1);
    expect(Date.parse(range.to) - Date.parse(range.from)).toBeGreaterThanOrEqual(23 * 3_600_000);
    expect(Date.parse(range.to) - Date.parse(range.from)).toBeLessThanOrEqual(25 * 3_600_000);
  });

  test('the next 7 days are a toggle away', async () => {
    const { agenda } = renderToday([ROW]);
    fireEvent.click(await screen.findByRole('button', { name: 'Next 7 days' }));
    await screen.findByRole('link', { name: 'WO-2026-0007' });
    const [, range] = agenda.mock.calls.at(-1)!;
    expect(Date.parse(range.to) - Date.parse(range.from)).toBeGreaterThanOrEqual(7 * 24 * 3_600_000 - 3_600_000);
  });

  test('on a wide screen: a table whose lines open the work order; the shown agenda downloads as CSV', async () => {
    wideScreen();
    renderToday([ROW]);
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'WO-2026-0007' }).getAttribute('href')).toBe('/work-orders/7/show');
    const csv = captureCsv();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(csv.files).toHaveLength(1));
    const [file] = await Promise.all(csv.files);
    csv.restore();
    expect(file).toContain('WO-2026-0007');
    expect(file).toContain('1Z999');
    fireEvent.click(within(table).getByText('Removal'));
    expect((await screen.findByTestId('location')).textContent).toBe('/work-orders/7/show');
  });

  test('an empty day says so and offers the week', async () => {
    const { agenda } = renderToday([]);
    expect(await screen.findByText('No appointments today')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'See the next 7 days' }));
    expect(await screen.findByText('No appointments in the next 7 days')).toBeTruthy();
    const [, week] = agenda.mock.calls.at(-1)!;
    expect(Date.parse(week.to) - Date.parse(week.from)).toBeGreaterThanOrEqual(7 * 23 * 3600_000);
  });
});
