import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { DateInput, Edit, ReferenceField, SimpleForm, TextField, TextInput, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { needsEvidence, validateCorrectiveAction } from './rules.ts';
import { EvidenceFiles } from './EvidenceFiles.tsx';
import { ActionAnswer } from './ActionAnswer.tsx';
import { ReviewButtons } from './ReviewButtons.tsx';

const EvidenceRule = () => {
  const record = useRecordContext<CorrectiveActionRecord>();
  const translate = useTranslate();
  if (!needsEvidence(record?.severity)) return null;
  return <Alert severity="info">{translate('resources.corrective-actions.rule')}</Alert>;
};

/** The status: closing an action is the `close` command of the policy, so its choice follows that permission. */
const StatusInput = () => {
  const { canAccess } = useCanAccess({ resource: 'corrective-actions', action: 'close' });
  return <ChoiceInput source="status" group="correctiveActionStatus" disabled={canAccess !== true} />;
};

/** The reason for moving the due date: asked for (and required by the server) only when the date changes. */
const DueDateReasonInput = () => {
  const record = useRecordContext<CorrectiveActionRecord>();
  const dueDate = useWatch({ name: 'dueDate' }) as string | null | undefined;
  if (!record || (dueDate ?? null) === (record.dueDate ?? null)) return null;
  return <TextInput source="dueDateReason" defaultValue="" fullWidth helperText="resources.corrective-actions.helpers.dueDateReason" />;
};

/** The form, validated against the stored record (a moved due date needs a new reason) and its evidence files. */
const CorrectiveActionForm = () => {
  const record = useRecordContext<CorrectiveActionRecord>();
  const { data: files = [] } = useGetList<DocumentRecord>('documents', { filter: { correctiveActionId: record?.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' } }, { enabled: record != null });
  return (
    <SimpleForm validate={(values) => validateCorrectiveAction(values, record, files.length)}>
      <FieldGrid>
        <ChoiceField source="severity" group="severity" />
        <ReferenceField source="findingId" reference="findings" link="show" />
        <ReferenceField source="auditId" reference="audits" link="show" />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
      </FieldGrid>
      <TextField source="description" sx={{ whiteSpace: 'pre-line', mb: 2 }} />
      {record && <ActionAnswer action={record} />}
      {record && <ReviewButtons action={record} />}
      <EvidenceRule />
      <TextInput source="owner" />
      <DateInput source="dueDate" />
      <DueDateReasonInput />
      <StatusInput />
      <TextInput source="evidence" multiline fullWidth minRows={2} helperText="resources.corrective-actions.helpers.evidence" />
      {record && <EvidenceFiles action={record} files={files} />}
    </SimpleForm>
  );
};

export const CorrectiveActionEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <CorrectiveActionForm />
    </Edit>
  );
};
