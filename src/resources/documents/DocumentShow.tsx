import { DateField, FunctionField, PrevNextButtons, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { DocumentFileLink } from './DocumentFileLink.tsx';
import { fileSize } from './fileSize.ts';
import { VerificationField } from './VerificationField.tsx';
import { VerifyDocumentButton } from './VerifyDocumentButton.tsx';

/** One document: its center, kind and file (a download link), who uploaded it and when, whether it is verified (and **Verify**). */
export const DocumentShow = () => (
  <Show title={<RecordTitle />} actions={<TopToolbar><PrevNextButtons linkType="show" /></TopToolbar>}>
    <SimpleShowLayout>
      <FieldGrid>
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <ChoiceField source="kind" group="documentKind" />
        <FunctionField<DocumentRecord> source="fileName" render={(document) => <DocumentFileLink document={document} />} />
        <ReferenceField source="installerId" reference="installers" link="show" emptyText="—" />
        <TextField source="contentType" />
        <FunctionField<DocumentRecord> source="size" render={(document) => fileSize(document.size)} />
        <TextField source="uploadedBy" emptyText="—" />
        <DateField source="createdAt" showTime />
        <DateField source="updatedAt" showTime />
        <DateField source="expiresOn" emptyText="—" />
        <FunctionField<DocumentRecord> source="verifiedAt" render={(document) => <VerificationField document={document} />} />
      </FieldGrid>
      <VerifyDocumentButton label={false} />
      <TextField source="sha256" sx={{ fontFamily: 'monospace' }} />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
