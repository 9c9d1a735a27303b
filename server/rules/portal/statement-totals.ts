/** One service of a statement as its totals count it. */
export interface PricedService {
  price: number | null;
  billableTo: string;
}

export interface StatementTotals {
  /** How many services. */
  services: number;
  /** What the provider owes (provider requests). */
  provider: number;
  /** What the customers pay. */
  customer: number;
  total: number;
}

const cents = (amount: number | null) => Math.round((amount ?? 0) * 100);

/** The totals of a statement, summed in whole cents (no floating-point drift), as amounts with 2 decimals. */
export function statementTotals(services: readonly PricedService[]): StatementTotals {
  let provider = 0;
  let customer = 0;
  for (const service of services) {
    if (service.billableTo === 'provider') provider += cents(service.price);
    else customer += cents(service.price);
  }
  return { services: services.length, provider: provider / 100, customer: customer / 100, total: (provider + customer) / 100 };
}
