import { BooleanField, DateField, FunctionField, ReferenceField, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { percent } from '../../numbers.ts';
import { useCanRead } from '../../components/useCanRead.ts';
import { RelatedCorrectiveActions } from '../corrective-actions/RelatedCorrectiveActions.tsx';
import { RelatedFindings } from '../findings/RelatedFindings.tsx';
import { AuditShowActions } from './AuditShowActions.tsx';
import { SectionResultsTable } from './SectionResultsTable.tsx';
import type { AuditRecord } from './types.ts';

const SectionResults = (_: { label?: string }) => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record?.sectionResults?.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.audits.notScored')}
      </Typography>
    );
  return <SectionResultsTable sections={record.sectionResults} />;
};

export const AuditShow = () => {
  const canRead = useCanRead('findings', 'corrective-actions');
  return (
    <Show title={<RecordTitle />} actions={<AuditShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.summary">
          <FieldGrid label={false}>
            <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
            <ReferenceField source="templateId" reference="audit-templates" link="show" />
            <ChoiceField source="kind" group="auditKind" />
            <ReferenceField source="amendsAuditId" reference="audits" link="show" emptyText="—" />
            <TextField source="auditor" />
            <DateField source="auditDate" />
            <ChoiceField source="status" group="auditStatus" />
            <FunctionField<AuditRecord> source="score" render={(audit) => percent(audit.score)} />
            <FunctionField<AuditRecord> source="rawScore" render={(audit) => percent(audit.rawScore)} />
            <ChoiceField source="band" group="auditBand" emptyText="—" />
            <BooleanField source="criticalFailure" />
            <DateField source="nextAuditDue" emptyText="—" />
            <DateField source="submittedAt" showTime emptyText="—" />
          </FieldGrid>
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          <SectionResults label="resources.audits.fields.sectionResults" />
        </TabbedShowLayout.Tab>
        {canRead.findings && (
          <TabbedShowLayout.Tab label="resources.audits.tabs.findings" path="findings">
            <RelatedFindings target="auditId" label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead['corrective-actions'] && (
          <TabbedShowLayout.Tab label="resources.audits.tabs.correctiveActions" path="corrective-actions">
            <RelatedCorrectiveActions target="auditId" label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
