/** What a verified document sets on its center: a binder its received and expiry dates, a W-9 its received date. */
export function centerChangesOf(document: { kind?: unknown; createdAt?: unknown; expiresOn?: unknown }): Record<string, string> {
  const receivedOn = String(document.createdAt).slice(0, 10);
  if (document.kind === 'insurance-binder' && typeof document.expiresOn === 'string') return { insuranceReceivedOn: receivedOn, insuranceExpiresOn: document.expiresOn };
  if (document.kind === 'w9') return { w9ReceivedOn: receivedOn };
  return {};
}

/**
 * Why an upload's expiry date is refused (empty when it is not): a binder that waits for
 * verification says when it expires, and a binder is not uploaded already expired.
 */
export function expiryErrors(upload: { kind: string; expiresOn: string | null }, awaiting: boolean, today: string): Record<string, string> {
  if (upload.kind !== 'insurance-binder') return {};
  if (upload.expiresOn === null) return awaiting ? { expiresOn: 'Required: when the renewed binder expires' } : {};
  return upload.expiresOn <= today ? { expiresOn: `Must be after today (${today})` } : {};
}
