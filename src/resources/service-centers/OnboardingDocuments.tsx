import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import type { DocumentRecord, Installer, ServiceCenter } from '../../../server/resources/types.ts';
import { useActionDecision } from '../../components/useActionDecision.ts';
import { DocumentFileLink } from '../documents/DocumentFileLink.tsx';
import { fileSize } from '../documents/fileSize.ts';
import { DeleteDocumentButton } from './DeleteDocumentButton.tsx';
import { DocumentUploadForm } from './DocumentUploadForm.tsx';

/** The center's onboarding documents: download links, delete and upload as the server allows. */
export const OnboardingDocuments = ({ center }: { center: ServiceCenter }) => {
  const translate = useTranslate();
  const canRead = useCanAccess({ resource: 'documents', action: 'list' }).canAccess;
  // the role's answer (no record): a column for the delete buttons
  const canDelete = useActionDecision({ resource: 'documents', action: 'delete' }).permitted;
  // the form for those whose role uploads; its button says why when this center refuses it
  const canUpload = useActionDecision({ resource: 'service-centers', action: 'upload-document', record: center }).permitted;
  const documents = useGetList<DocumentRecord>(
    'documents',
    { filter: { serviceCenterId: center.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: canRead === true },
  );
  const staff = useGetList<Installer>('installers', { filter: { serviceCenterId: center.id }, sort: { field: 'lastName', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  if (!canRead) return null;
  const names = new Map((staff.data ?? []).map((s) => [s.id, `${s.firstName} ${s.lastName}`]));

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
                  <DocumentFileLink document={doc} />
                  {doc.notes && (
                    <Typography variant="caption" display="block" color="text.secondary">
                      {doc.notes}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{doc.installerId ? (names.get(doc.installerId) ?? `#${doc.installerId}`) : '—'}</TableCell>
                <TableCell align="right">{fileSize(doc.size)}</TableCell>
                <TableCell>
                  {new Date(doc.createdAt).toLocaleDateString()} · {doc.uploadedBy ?? '—'}
                </TableCell>
                {canDelete && (
                  <TableCell padding="checkbox">
                    <DeleteDocumentButton document={doc} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canUpload && <DocumentUploadForm center={center} staff={(staff.data ?? []).filter((s) => s.active)} />}
    </Box>
  );
};
