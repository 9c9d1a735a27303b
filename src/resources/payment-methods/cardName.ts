/** "Visa •••• 4242": a card as the back office names it (never more than its last four digits). */
export const cardName = (brand: unknown, last4: unknown) =>
  typeof brand === 'string' && typeof last4 === 'string' ? `${brand.charAt(0).toUpperCase()}${brand.slice(1)} •••• ${last4}` : '—';

/** "12/2029". */
export const cardExpiry = (month: unknown, year: unknown) => (typeof month === 'number' && typeof year === 'number' ? `${String(month).padStart(2, '0')}/${year}` : '—');
