import { useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'ra-core';
import { CUSTOMER_DOCUMENT_KINDS } from '../../../server/resources/choices.ts';
import { ACCEPTED_FILES, fileProblem } from '../../files/fileProblem.ts';
import { reasonOf } from '../errors.ts';
import { NativeSelect } from '../parts/NativeSelect.tsx';
import { useUploadDocument } from './useUploadDocument.ts';

const T = 'client.documents.form';

type Errors = Record<string, string>;

/** The server's field errors of a refused upload (ra-core's HttpError carries `{ message, errors }`). */
const fieldErrorsOf = (error: unknown): Errors => (error as { body?: { errors?: Errors } } | null)?.body?.errors ?? {};

/** Uploads one document: its kind, the file (PDF, PNG or JPEG up to 5 MB, checked before sending) and a note. */
export const DocumentForm = () => {
  const translate = useTranslate();
  const upload = useUploadDocument();
  const picker = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = fileProblem(file);
    const missing: Errors = { ...(kind ? {} : { kind: translate(`${T}.required`) }), ...(problem ? { data: translate(`${T}.problems.${problem}`) } : {}) };
    setErrors(missing);
    upload.reset();
    if (Object.keys(missing).length || !file) return;
    upload.mutate(
      { kind, file, notes },
      {
        onSuccess: () => {
          setKind('');
          setFile(null);
          setNotes('');
          if (picker.current) picker.current.value = '';
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  };

  const fileError = errors.data ?? errors.fileName ?? errors.contentType;
  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submit}>
      <NativeSelect required label={translate(`${T}.kind`)} value={kind} onChange={setKind} error={errors.kind}>
        {CUSTOMER_DOCUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {translate(`client.documents.kinds.${k}`)}
          </option>
        ))}
      </NativeSelect>
      <Box>
        <Typography variant="body2" component="p" id="document-file-label" gutterBottom>
          {translate(`${T}.file`)}
        </Typography>
        {/* a real button (a label is no keyboard control) opens the hidden picker */}
        <Button variant="outlined" startIcon={<UploadFileIcon />} aria-describedby="document-file-help" onClick={() => picker.current?.click()} sx={{ maxWidth: '100%' }}>
          {translate(`${T}.choose`)}
        </Button>
        <input ref={picker} type="file" hidden accept={ACCEPTED_FILES} aria-labelledby="document-file-label" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        {file && <Typography sx={{ mt: 1, overflowWrap: 'anywhere' }}>{translate(`${T}.chosen`, { name: file.name })}</Typography>}
        <FormHelperText id="document-file-help" error={Boolean(fileError)}>
          {fileError ?? translate(`${T}.accepted`)}
        </FormHelperText>
      </Box>
      <TextField label={translate(`${T}.notes`)} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} error={Boolean(errors.notes)} helperText={errors.notes} slotProps={{ htmlInput: { maxLength: 500 } }} />
      {upload.isSuccess && <Alert severity="success">{translate(`${T}.uploaded`, { name: upload.data.fileName })}</Alert>}
      {upload.isError && <Alert severity="error">{translate(`${T}.failed`, { reason: reasonOf(upload.error) })}</Alert>}
      <Button type="submit" variant="contained" disabled={upload.isPending} sx={{ alignSelf: 'flex-start' }}>
        {translate(upload.isPending ? `${T}.uploading` : `${T}.upload`)}
      </Button>
    </Stack>
  );
};
