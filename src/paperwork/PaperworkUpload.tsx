import { useRef, useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../server/resources/types.ts';
import { ActionButton } from '../components/ActionButton.tsx';
import { useCommandMutation } from '../components/useCommandMutation.ts';
import { useAppDataProvider } from '../providers/dataProvider.ts';
import { today } from '../dates.ts';
import { FileChooser } from '../resources/service-centers/FileChooser.tsx';
import { readBase64 } from '../files/readBase64.ts';
import { uploadProblem } from '../resources/service-centers/uploadProblem.ts';

const T = 'resources.paperwork.upload';
/** What a center uploads itself (the policy's CENTER_STAFF_DOCUMENT_KINDS). */
const KINDS = ['insurance-binder', 'w9'] as const;
type Kind = (typeof KINDS)[number];

/** Why the upload cannot be sent yet (translation key), or null: the file's checks, and a binder's expiry after today. */
function problemOf(file: File | null, kind: Kind, expiresOn: string): string | null {
  const fileProblem = uploadProblem(file, kind, '');
  if (fileProblem) return fileProblem;
  if (kind !== 'insurance-binder') return null;
  if (!expiresOn) return `${T}.expiryRequired`;
  return expiresOn <= today() ? `${T}.expiryPast` : null;
}

/** Upload a renewed insurance binder (with its new expiry) or a W-9: it counts once onboarding or compliance verifies it. */
export const PaperworkUpload = ({ center }: { center: ServiceCenter }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>('insurance-binder');
  const [file, setFile] = useState<File | null>(null);
  const [expiresOn, setExpiresOn] = useState('');
  const problem = problemOf(file, kind, expiresOn);
  const upload = useCommandMutation({
    mutationFn: async (chosen: File) =>
      dataProvider.uploadDocument(center.id, {
        kind,
        fileName: chosen.name,
        contentType: chosen.type,
        data: await readBase64(chosen),
        installerId: null,
        notes: null,
        expiresOn: kind === 'insurance-binder' ? expiresOn : null,
      }),
    successMessage: `${T}.sent`,
    onSuccess: () => {
      setFile(null);
      setExpiresOn('');
      if (input.current) input.current.value = '';
    },
  });
  return (
    <Card variant="outlined" component="section" aria-labelledby="paperwork-upload">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="h6" component="h2" id="paperwork-upload">
          {translate(`${T}.title`)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.help`)}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
          <TextField select size="small" label={translate(`${T}.kind`)} value={kind} onChange={(e) => setKind(e.target.value as Kind)} sx={{ minWidth: 200 }}>
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`choices.documentKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          {kind === 'insurance-binder' && (
            <TextField
              type="date"
              size="small"
              label={translate(`${T}.expiresOn`)}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today() } }}
            />
          )}
          <FileChooser ref={input} file={file} label={`${T}.choose`} testId="paperwork-file" onChoose={setFile} />
        </Box>
        <ActionButton
          resource="service-centers"
          action="upload-document"
          record={center}
          label={`${T}.send`}
          icon={<UploadFileIcon />}
          testId="paperwork-upload"
          reason={file && problem ? translate(problem) : null}
          disabled={problem !== null}
          busy={upload.isPending}
          onClick={() => file && upload.mutate(file)}
        />
      </CardContent>
    </Card>
  );
};
