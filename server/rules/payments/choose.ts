import type { PaymentGateway } from './gateway.ts';
import { SandboxGateway } from './sandbox.ts';

/**
 * THE place the payment processor is chosen, for the server (server/main.ts) and `npm run autopay`.
 * The default is the offline sandbox. To use a real processor, write its adapter (a class that
 * implements `PaymentGateway`, reading its keys from the environment) and construct it here.
 */
export function paymentGateway(): PaymentGateway {
  return new SandboxGateway();
}
