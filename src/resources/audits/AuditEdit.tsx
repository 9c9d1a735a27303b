import { useEffect, useMemo } from 'react';
import { Box, CircularProgress } from '@mui/material';
import { DateInput, Edit, ReferenceField, SaveButton, SimpleForm, TextInput, Toolbar, required, useRecordContext, useRedirect } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Answers } from '../../../audits/index.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import { AuditChecklist } from './AuditChecklist.tsx';
import { AuditLivePanel } from './AuditLivePanel.tsx';
import { previewAudit } from './evaluate.ts';
import { SubmitAuditButton } from './SubmitAuditButton.tsx';
import type { AuditRecord } from './types.ts';
import { useAuditTemplate } from './useAuditTemplate.ts';

/** The audit form: the checklist of the audit's template, the live result beside it, save draft and submit. */
const AuditForm = () => {
  const record = useRecordContext<AuditRecord>();
  const template = useAuditTemplate(record?.templateId);
  const answers = useWatch({ name: 'answers' }) as Answers | null | undefined;
  const auditDate = useWatch({ name: 'auditDate' });
  const evaluation = useMemo(() => (template ? previewAudit(template, answers, auditDate) : null), [template, answers, auditDate]);
  if (!template) return <CircularProgress size={24} />;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 380px' }, gap: 2, alignItems: 'start' }}>
        <AuditChecklist template={template} evaluation={evaluation} />
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 } }}>
          <AuditLivePanel evaluation={evaluation} />
        </Box>
      </Box>
      <Toolbar sx={{ gap: 2, mt: 2 }}>
        <SaveButton label="resources.audits.actions.saveDraft" />
        <SubmitAuditButton evaluation={evaluation} />
      </Toolbar>
    </Box>
  );
};

/** A submitted or closed audit is read-only: its edit address opens the show page. */
const DraftsOnly = () => {
  const record = useRecordContext<AuditRecord>();
  const redirect = useRedirect();
  const locked = record != null && record.status !== 'draft';
  useEffect(() => {
    if (locked) redirect('show', 'audits', record.id);
  }, [locked, record?.id, redirect]); // eslint-disable-line react-hooks/exhaustive-deps
  if (locked) return null;
  return (
    <>
      <FieldGrid>
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <ReferenceField source="templateId" reference="audit-templates" link="show" />
        <ChoiceField source="kind" group="auditKind" />
      </FieldGrid>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="auditor" validate={required()} />
        <DateInput source="auditDate" validate={required()} />
        <TextInput source="notes" multiline sx={{ minWidth: 360 }} />
      </Box>
      <AuditForm />
    </>
  );
};

export const AuditEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect={false} mutationOptions={{ onError }}>
      <SimpleForm toolbar={false} sx={{ maxWidth: 'none' }}>
        <DraftsOnly />
      </SimpleForm>
    </Edit>
  );
};
