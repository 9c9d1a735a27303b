/** What the server accepts (server/rules/onboarding/upload.ts): checked here first to say why before sending. */
const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const MAX_BYTES = 5 * 1024 * 1024;

/** Why an upload cannot be sent yet (translation key), or null. */
export function uploadProblem(file: File | null, kind: string, installerId: string): string | null {
  if (!file) return 'resources.service-centers.documents.chooseFile';
  if (!ACCEPTED_TYPES.includes(file.type)) return 'resources.service-centers.documents.wrongType';
  if (file.size > MAX_BYTES) return 'resources.service-centers.documents.tooLarge';
  if (file.size === 0) return 'resources.service-centers.documents.empty';
  if (kind === 'background-check-authorization' && !installerId) return 'resources.service-centers.documents.chooseInstaller';
  return null;
}
