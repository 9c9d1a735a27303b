/** The outbox's rules, pure (the SPA shows them before the user hits them; retry.ts enforces them). */

/** Stored as the recipient of a message queued when no address was on file. */
export const NO_ADDRESS = '(no address on file)';
export const NO_ADDRESS_ERROR = 'No email address on file';

/** Was this message stored without an address (nothing to send to until one is given)? */
export const hasNoAddress = (recipient: unknown) => recipient === NO_ADDRESS;

/** Why this message cannot be retried (with this address, if one is given); null when it can. */
export function retryRefusal(message: { status: string; recipient: string }, recipient: string | undefined): string | null {
  if (message.status !== 'failed') return `Only a failed message can be retried; this one is ${message.status}`;
  if (hasNoAddress(message.recipient) && !recipient) return 'This message has no address on file: give the address to send it to';
  return null;
}
