import { useRef, useState, type ChangeEvent } from 'react';
import {
  Box,
  Button,
  IconButton,
  Link,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Confirm, useCanAccess, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { DOCUMENT_KINDS } from '../../../server/resources/choices.ts';
import type { DocumentRecord, Installer, ServiceCenter } from '../../../server/resources/types.ts';
import { checklistKey, reasonOf, useMayOnboard, type CommandProvider } from './onboarding.ts';

/** What the server accepts (server/rules/onboarding/upload.ts): checked here first to say why before sending. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
export const MAX_BYTES = 5 * 1024 * 1024;

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Why an upload cannot be sent yet (translation key), or null. */
export function uploadProblem(file: File | null, kind: string, installerId: string): string | null {
  if (!file) return 'resources.service-centers.documents.chooseFile';
  if (!ACCEPTED_TYPES.includes(file.type)) return 'resources.service-centers.documents.wrongType';
  if (file.size > MAX_BYTES) return 'resources.service-centers.documents.tooLarge';
  if (file.size === 0) return 'resources.service-centers.documents.empty';
  if (kind === 'background-check-authorization' && !installerId) return 'resources.service-centers.documents.chooseInstaller';
  return null;
}

function UploadForm({ center, staff, onDone }: { center: ServiceCenter; staff: Installer[]; onDone: () => Promise<void> }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CommandProvider>();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string>('service-center-agreement');
  const [installerId, setInstallerId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const problem = uploadProblem(file, kind, installerId);

  const upload = async () => {
    if (!file || problem) return;
    setBusy(true);
    try {
      const data = await readBase64(file);
      await dataProvider.command(`service-centers/${encodeURIComponent(String(center.id))}/documents`, {
        kind,
        fileName: file.name,
        contentType: file.type,
        data,
        installerId: installerId ? Number(installerId) : null,
        notes: notes.trim() || null,
      });
      notify('resources.service-centers.documents.uploaded', { type: 'success' });
      setFile(null);
      setNotes('');
      if (input.current) input.current.value = '';
      await onDone();
    } catch (error) {
      notify(reasonOf(error) || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-label={translate('resources.service-centers.documents.upload')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 2 }}>
      <TextField select size="small" label={translate('resources.documents.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 240 }}>
        {DOCUMENT_KINDS.map((k) => (
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
      <Button component="label" variant="outlined" size="small">
        {file ? file.name : translate('resources.service-centers.documents.chooseFile')}
        <input
          ref={input}
          type="file"
          hidden
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          data-testid="document-file"
          onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null)}
        />
      </Button>
      <TextField size="small" label={translate('resources.documents.fields.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} inputProps={{ maxLength: 500 }} />
      <Button variant="contained" size="small" startIcon={<UploadFileIcon />} disabled={problem !== null || busy} onClick={upload}>
        {translate('resources.service-centers.documents.upload')}
      </Button>
      {problem && file && (
        <Typography variant="body2" color="error" data-testid="upload-reason">
          {translate(problem)}
        </Typography>
      )}
    </Box>
  );
}

/** The center's onboarding documents: download links, delete (confirmed) and upload for those allowed. */
export const OnboardingDocuments = ({ center }: { center: ServiceCenter }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [deleting, setDeleting] = useState<DocumentRecord | null>(null);
  const canRead = useCanAccess({ resource: 'documents', action: 'list' }).canAccess;
  const canDelete = useCanAccess({ resource: 'documents', action: 'delete' }).canAccess;
  const mayUploadDocuments = useCanAccess({ resource: 'documents', action: 'edit' }).canAccess;
  const mayEditCenter = useMayOnboard(center);
  const documents = useGetList<DocumentRecord>(
    'documents',
    { filter: { serviceCenterId: center.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: canRead === true },
  );
  const staff = useGetList<Installer>('installers', { filter: { serviceCenterId: center.id }, sort: { field: 'lastName', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  if (!canRead) return null;
  const names = new Map((staff.data ?? []).map((s) => [s.id, `${s.firstName} ${s.lastName}`]));

  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: ['documents'] });
    await queryClient.invalidateQueries({ queryKey: checklistKey(center.id) });
  };
  const remove = async () => {
    if (!deleting) return;
    try {
      await dataProvider.delete('documents', { id: deleting.id, previousData: deleting });
      notify('resources.service-centers.documents.deleted', { type: 'info' });
      await changed();
    } catch (error) {
      notify(reasonOf(error) || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Box>
      <Typography variant="h6" gutterBottom>
        {translate('resources.service-centers.documents.title')}
      </Typography>
      {documents.data && documents.data.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.service-centers.documents.none')}
        </Typography>
      )}
      {documents.data && documents.data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.documents.fields.kind')}</TableCell>
              <TableCell>{translate('resources.documents.fields.fileName')}</TableCell>
              <TableCell>{translate('resources.documents.fields.installerId')}</TableCell>
              <TableCell align="right">{translate('resources.documents.fields.size')}</TableCell>
              <TableCell>{translate('resources.documents.fields.createdAt')}</TableCell>
              {canDelete && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {documents.data.map((doc) => (
              <TableRow key={doc.id}>
                <TableCell>{translate(`choices.documentKind.${doc.kind}`)}</TableCell>
                <TableCell>
                  <Link href={`/api/documents/${encodeURIComponent(String(doc.id))}/file`} download={doc.fileName}>
                    {doc.fileName}
                  </Link>
                  {doc.notes && (
                    <Typography variant="caption" display="block" color="text.secondary">
                      {doc.notes}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{doc.installerId ? (names.get(doc.installerId) ?? `#${doc.installerId}`) : '—'}</TableCell>
                <TableCell align="right">{sizeText(doc.size)}</TableCell>
                <TableCell>
                  {new Date(doc.createdAt).toLocaleDateString()} · {doc.uploadedBy ?? '—'}
                </TableCell>
                {canDelete && (
                  <TableCell padding="checkbox">
                    <IconButton size="small" aria-label={translate('ra.action.delete')} onClick={() => setDeleting(doc)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayUploadDocuments && mayEditCenter && <UploadForm center={center} staff={(staff.data ?? []).filter((s) => s.active)} onDone={changed} />}
      <Confirm
        isOpen={deleting !== null}
        title="resources.service-centers.documents.confirmDeleteTitle"
        content="resources.service-centers.documents.confirmDeleteContent"
        translateOptions={{ name: deleting?.fileName ?? '' }}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
