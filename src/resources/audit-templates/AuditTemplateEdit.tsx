import { useEffect } from 'react';
import { Box } from '@mui/material';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { Edit, NumberField, SaveButton, SimpleForm, TextField, TextInput, Toolbar, required, useRecordContext, useRedirect } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import type { AuditTemplateRecord } from '../audits/types.ts';
import { ChecklistPreview } from './ChecklistPreview.tsx';
import { cleanDefinition } from './definition.ts';
import { PublishTemplateButton } from './PublishTemplateButton.tsx';
import { SectionsInput } from './SectionsInput.tsx';

/** The checklist of a draft beside its preview on a sample; save keeps it a draft, publish releases it. */
const DraftForm = () => {
  const record = useRecordContext<AuditTemplateRecord>();
  const redirect = useRedirect();
  const locked = record != null && record.status !== 'draft';
  useEffect(() => {
    if (locked) redirect('show', 'audit-templates', record.id);
  }, [locked, record?.id, redirect]); // eslint-disable-line react-hooks/exhaustive-deps
  if (locked) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <FieldGrid>
        <TextField source="key" />
        <NumberField source="version" />
        <ChoiceField source="kind" group="templateKind" />
        <ChoiceField source="status" group="templateStatus" />
      </FieldGrid>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 400px' }, gap: 3, alignItems: 'start' }}>
        <Box>
          <TextInput source="definition.title" label="resources.audit-templates.fields.title" validate={required()} fullWidth />
          <TextInput source="definition.description" label="resources.audit-templates.fields.description" multiline fullWidth />
          <SectionsInput />
        </Box>
        <ChecklistPreview />
      </Box>
      <Toolbar sx={{ gap: 2, mt: 2 }}>
        <SaveButton label="resources.audit-templates.actions.saveDraft" />
        <PublishTemplateButton />
      </Toolbar>
    </Box>
  );
};

/** Only the checklist is sent: key, version, kind and title follow from it on the server. */
const onlyDefinition = (data: Partial<AuditTemplateRecord>) => ({ definition: cleanDefinition(data.definition) });

export const AuditTemplateEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect={false} transform={onlyDefinition} mutationOptions={{ onError }}>
      <SimpleForm toolbar={false} sx={{ maxWidth: 'none' }}>
        <DraftForm />
      </SimpleForm>
    </Edit>
  );
};
