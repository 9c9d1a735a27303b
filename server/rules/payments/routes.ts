import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { paymentMethods } from '../../resources/payment-methods.ts';
import { payments } from '../../resources/payments.ts';
import type { PaymentGateway } from './gateway.ts';
import { addPaymentMethod, removePaymentMethod, type NewCard } from './methods.ts';
import { chargeOnce, recordCharge } from './pay.ts';

const CARD_FIELDS = ['cardNumber', 'expMonth', 'expYear', 'cvc'] as const;

/** A processor's token, or (the sandbox) the typed card: number, expiry month and year, security code. */
const cardBody = z
  .strictObject({
    token: z.string().trim().min(1, 'Required').max(500, 'At most 500 characters').optional(),
    cardNumber: z.string().max(30, 'Not a card number').optional(),
    expMonth: z.number({ error: 'Must be a month (1–12)' }).int('Must be a month (1–12)').min(1, 'Must be a month (1–12)').max(12, 'Must be a month (1–12)').optional(),
    expYear: z.number({ error: 'Must be a year' }).int('Must be a year').min(2000, 'Must be a year').max(2100, 'Must be a year').optional(),
    cvc: z.string().max(4, 'The security code is 3 or 4 digits').optional(),
    label: paymentMethods.fields.label.schema.nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.token !== undefined) {
      for (const field of CARD_FIELDS) if (body[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'Send either a token or a card' });
      return;
    }
    for (const field of CARD_FIELDS) if (body[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'Required' });
  });

const payBody = z.strictObject({
  amount: payments.fields.amount.schema,
  paymentMethodId: payments.fields.paymentMethodId.schema,
});

/**
 * The payment routes (`PaymentGateway` from the app's options):
 * GET /api/payment-gateway — which processor, whether in test mode, whether it takes typed cards;
 * POST /api/payment-methods — saves a card (a processor's token, or in the sandbox the typed card): 201, or 402 refused;
 * DELETE /api/payment-methods/:id — removes a saved card;
 * POST /api/payments { amount, paymentMethodId } — pays now: 201 with the payment, or 402 declined.
 */
export function registerPaymentRoutes(app: App, db: Db, gateway: PaymentGateway) {
  app.get('/api/payment-gateway', async (request) => {
    userOf(request);
    return { description: gateway.description, testMode: gateway.testMode, takesCardNumbers: gateway.tokenize !== undefined };
  });

  app.post('/api/payment-methods', { schema: { body: cardBody } }, async (request, reply) => {
    const user = userOf(request);
    const { token, cardNumber, expMonth, expYear, cvc, label = null } = request.body;
    const card: NewCard = token !== undefined ? { token, label } : { card: { number: cardNumber!, expMonth: expMonth!, expYear: expYear!, cvc: cvc! }, label };
    return reply.code(201).send(await addPaymentMethod(db, gateway, user, card));
  });

  app.delete('/api/payment-methods/:id', { schema: { params: idParams } }, async (request) => removePaymentMethod(db, userOf(request), request.params.id));

  app.post('/api/payments', { schema: { body: payBody } }, async (request, reply) => {
    const user = userOf(request);
    const charged = await chargeOnce(db, gateway, user, request.body);
    try {
      return reply.code(201).send(await recordCharge(db, user, charged));
    } catch (error) {
      // Money was taken: whoever reconciles needs the processor's reference.
      request.log.error({ err: error, reference: charged.reference, customerId: charged.customerId }, 'payment charged but not recorded');
      throw error;
    }
  });
}
