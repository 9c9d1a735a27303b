import { useRef, useState } from 'react';
import { Box, List, ListItem, TextField, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { DocumentFileLink } from '../documents/DocumentFileLink.tsx';
import { readBase64 } from '../../files/readBase64.ts';
import { FileChooser } from '../service-centers/FileChooser.tsx';
import { uploadProblem } from '../service-centers/uploadProblem.ts';

/**
 * The files attached as a corrective action's evidence, and the upload of another one (the
 * `upload-evidence` command: hidden or disabled with the server's reason as it decides).
 */
export const EvidenceFiles = ({ action, files }: { action: CorrectiveActionRecord; files: DocumentRecord[] }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState('');
  const problem = uploadProblem(file, 'corrective-action-evidence', '');
  const attach = useCommandMutation({
    mutationFn: async (chosen: File) =>
      dataProvider.uploadEvidence(action.id, { fileName: chosen.name, contentType: chosen.type, data: await readBase64(chosen), notes: notes.trim() || null }),
    successMessage: 'resources.corrective-actions.files.attached',
    onSuccess: () => {
      setFile(null);
      setNotes('');
      if (input.current) input.current.value = '';
    },
  });
  return (
    <Box component="section" aria-label={translate('resources.corrective-actions.files.title')} sx={{ my: 2 }}>
      <Typography variant="subtitle2">{translate('resources.corrective-actions.files.title')}</Typography>
      {files.length ? (
        <List dense>
          {files.map((doc) => (
            <ListItem key={doc.id} disableGutters>
              <DocumentFileLink document={doc} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.corrective-actions.files.none')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', mt: 1 }}>
        <FileChooser ref={input} file={file} label="resources.corrective-actions.files.choose" testId="evidence-file" onChoose={setFile} />
        <TextField size="small" label={translate('resources.documents.fields.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
        <ActionButton
          resource="corrective-actions"
          action="upload-evidence"
          record={action}
          label="resources.corrective-actions.files.attach"
          icon={<AttachFileIcon />}
          size="small"
          testId="attach-evidence"
          reason={file && problem ? translate(problem) : null}
          disabled={problem !== null}
          busy={attach.isPending}
          onClick={() => file && attach.mutate(file)}
        />
      </Box>
    </Box>
  );
};
