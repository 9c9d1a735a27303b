import { useRef, useState } from 'react';
import { Box, MenuItem, TextField } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import { ONBOARDING_DOCUMENT_KINDS } from '../../../server/resources/choices.ts';
import type { Installer, ServiceCenter } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider, type DocumentUpload } from '../../providers/dataProvider.ts';
import { FileChooser } from './FileChooser.tsx';
import { uploadProblem } from './uploadProblem.ts';
import { readBase64 } from '../../files/readBase64.ts';

/**
 * Upload an onboarding document to a center: kind, staff member (background checks), file and
 * notes; the file is checked here first to say why before sending. Upload is hidden or disabled
 * with the server's reason as the server decides for this center.
 */
export const DocumentUploadForm = ({ center, staff }: { center: ServiceCenter; staff: Installer[] }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string>('service-center-agreement');
  const [installerId, setInstallerId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState('');
  const problem = uploadProblem(file, kind, installerId);
  const upload = useCommandMutation({
    mutationFn: async (chosen: File) => {
      const body: DocumentUpload = {
        kind,
        fileName: chosen.name,
        contentType: chosen.type,
        data: await readBase64(chosen),
        installerId: installerId ? Number(installerId) : null,
        notes: notes.trim() || null,
      };
      return dataProvider.uploadDocument(center.id, body);
    },
    successMessage: 'resources.service-centers.documents.uploaded',
    onSuccess: () => {
      setFile(null);
      setNotes('');
      if (input.current) input.current.value = '';
    },
  });

  return (
    <Box component="section" aria-label={translate('resources.service-centers.documents.upload')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', mt: 2 }}>
      <TextField select size="small" label={translate('resources.documents.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 240 }}>
        {ONBOARDING_DOCUMENT_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`choices.documentKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'background-check-authorization' && (
        <TextField select size="small" label={translate('resources.documents.fields.installerId')} value={installerId} onChange={(e) => setInstallerId(e.target.value)} sx={{ minWidth: 200 }}>
          {staff.map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.firstName} {s.lastName}
            </MenuItem>
          ))}
        </TextField>
      )}
      <FileChooser ref={input} file={file} label="resources.service-centers.documents.chooseFile" testId="document-file" onChoose={setFile} />
      <TextField size="small" label={translate('resources.documents.fields.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
      <ActionButton
        resource="service-centers"
        action="upload-document"
        record={center}
        label="resources.service-centers.documents.upload"
        icon={<UploadFileIcon />}
        size="small"
        testId="upload"
        reason={file && problem ? translate(problem) : null}
        disabled={problem !== null}
        busy={upload.isPending}
        onClick={() => file && upload.mutate(file)}
      />
    </Box>
  );
};
