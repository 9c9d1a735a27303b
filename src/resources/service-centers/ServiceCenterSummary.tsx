import { EmailField, FunctionField, ReferenceField, TextField } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';

const address = (record: ServiceCenter) => `${record.street}\n${record.city}, ${record.state} ${record.postalCode}`;

/**
 * Who and where a service center is: name, address, how to reach it, status, region and
 * jurisdiction. Used on its own show page and wherever another record shows its center.
 */
export const ServiceCenterSummary = (_props: { label?: false }) => (
  <FieldGrid>
    <TextField source="name" />
    <FunctionField<ServiceCenter> label="resources.service-centers.fields.address" render={address} sx={{ whiteSpace: 'pre-line' }} />
    <TextField source="hours" emptyText="—" />
    <TextField source="phone" emptyText="—" />
    <EmailField source="email" emptyText="—" />
    <ChoiceField source="onboardingStatus" group="onboardingStatus" />
    <ReferenceField source="regionId" reference="regions" link="show" />
    <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
  </FieldGrid>
);
