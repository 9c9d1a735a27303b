import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { readBase64 } from '../../files/readBase64.ts';
import { clientFetch } from '../api.ts';
import { useSignedIn } from '../shell/useSignedIn.ts';

/** What the customer sends: the kind, the chosen file and an optional note. */
export interface DocumentUpload {
  kind: string;
  file: File;
  notes: string;
}

/** POST /api/customers/:id/documents for the signed-in customer (the file base64-encoded); the list of their documents reloads. */
export function useUploadDocument() {
  const customerId = useSignedIn()?.customerId ?? undefined;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file, notes }: DocumentUpload) =>
      clientFetch<CustomerDocument>(`/api/customers/${String(customerId)}/documents`, {
        method: 'POST',
        body: { kind, fileName: file.name, contentType: file.type, data: await readBase64(file), notes: notes.trim() || null },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customer-documents'] }),
  });
}
