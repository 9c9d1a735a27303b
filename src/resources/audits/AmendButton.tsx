import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useCreatePath, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditRecord } from './types.ts';
import { today } from './types.ts';

/** "Amend": a new draft amending this submitted audit, with its center, template, auditor and answers. */
export const AmendButton = () => {
  const record = useRecordContext<AuditRecord>();
  const createPath = useCreatePath();
  if (!record || record.status === 'draft') return null;
  const prefill: Partial<AuditRecord> = {
    serviceCenterId: record.serviceCenterId,
    templateId: record.templateId,
    kind: 'amending',
    amendsAuditId: record.id,
    auditor: record.auditor,
    auditDate: today(),
    answers: record.answers,
    notes: record.notes,
  };
  return (
    <Button component={Link} to={createPath({ resource: 'audits', type: 'create' })} state={{ record: prefill }} label="resources.audits.actions.amend">
      <EditNoteIcon />
    </Button>
  );
};
