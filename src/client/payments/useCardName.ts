import { useTranslate } from 'ra-core';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { brandName } from './cardName.ts';

/** "Visa ending in 4242, expires 12/2029" (with the customer's label first when it has one), in the portal's language. */
export function useCardName() {
  const translate = useTranslate();
  return (card: Pick<PaymentMethod, 'brand' | 'last4' | 'expMonth' | 'expYear' | 'label'>) => {
    const name = translate('client.payments.cards.name', { brand: brandName(card.brand), last4: card.last4 });
    const expires = translate('client.payments.cards.expires', { date: `${String(card.expMonth).padStart(2, '0')}/${card.expYear}` });
    return `${card.label ? `${card.label}: ` : ''}${name}, ${expires}`;
  };
}
