/** A card's brand as people write it. */
const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

export const brandName = (brand: string) => BRANDS[brand] ?? brand;
