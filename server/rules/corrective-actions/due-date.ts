/** Why a change of a corrective action's due date is invalid, per field (empty when it is not, or the date does not change). */
export function dueDateErrors(before: { dueDate?: unknown; dueDateReason?: unknown }, changes: { dueDate?: unknown; dueDateReason?: unknown }, today: string): Record<string, string> {
  if (changes.dueDate === undefined || changes.dueDate === (before.dueDate ?? null)) return {};
  const errors: Record<string, string> = {};
  if (changes.dueDate === null) errors.dueDate = 'A corrective action keeps a due date';
  else if (String(changes.dueDate) < today) errors.dueDate = `Not earlier than today (${today})`;
  const reason = typeof changes.dueDateReason === 'string' ? changes.dueDateReason.trim() : '';
  if (reason === '' || reason === before.dueDateReason) errors.dueDateReason = 'Give the reason for moving the due date';
  return errors;
}
