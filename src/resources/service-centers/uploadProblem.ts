import { fileProblem } from '../../files/fileProblem.ts';

/** Why an upload cannot be sent yet (translation key), or null: the file's problem, or a background check without its installer. */
export function uploadProblem(file: File | null, kind: string, installerId: string): string | null {
  const problem = fileProblem(file);
  if (problem) return `resources.service-centers.documents.${problem}`;
  if (kind === 'background-check-authorization' && !installerId) return 'resources.service-centers.documents.chooseInstaller';
  return null;
}
