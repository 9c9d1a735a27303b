/** What the server accepts as a document (server/rules/onboarding/upload.ts): checked in the browser first, to say why before sending. */
const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const MAX_BYTES = 5 * 1024 * 1024;

/** The file picker's `accept`: PDF, PNG and JPEG files. */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** Why a chosen file cannot be uploaded: none chosen, not a PDF, PNG or JPEG, over 5 MB, empty; or null. */
export type FileProblem = 'chooseFile' | 'wrongType' | 'tooLarge' | 'empty';

export function fileProblem(file: File | null): FileProblem | null {
  if (!file) return 'chooseFile';
  if (!ACCEPTED_TYPES.includes(file.type)) return 'wrongType';
  if (file.size > MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}
