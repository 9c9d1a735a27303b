import VerifiedIcon from '@mui/icons-material/Verified';
import { useRecordContext } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/**
 * **Verify** a center's own upload (after a confirmation): from then on it counts, and a renewed
 * binder or W-9 sets the center's dates. Shown only on documents awaiting verification, to who may.
 */
export const VerifyDocumentButton = (_props: { label?: false }) => {
  const document = useRecordContext<DocumentRecord>();
  const dataProvider = useAppDataProvider();
  if (!document?.awaitingVerification) return null;
  return (
    <CommandButton
      resource="documents"
      action="verify"
      record={document}
      label="resources.documents.verify.button"
      icon={<VerifiedIcon />}
      size="small"
      testId="verify-document"
      successMessage="resources.documents.verify.done"
      confirm={{ title: 'resources.documents.verify.title', content: 'resources.documents.verify.content', translateOptions: { file: document.fileName } }}
      run={async () => (await dataProvider.verifyDocument(document.id, document.version)).data}
    />
  );
};
