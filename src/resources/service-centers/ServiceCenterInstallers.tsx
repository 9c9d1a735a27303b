import { BooleanField, DataTable, DateField, Pagination, ReferenceManyField } from 'react-admin';
import type { Installer } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

const Column = DataTable.Col<Installer>;

/** The center's installers, for a show-page tab (`label={false}`). */
export const ServiceCenterInstallers = (_props: { label?: false }) => (
  <ReferenceManyField
    reference="installers"
    target="serviceCenterId"
    sort={{ field: 'lastName', order: 'ASC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<NoneYet />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="installers.by-center.datatable">
      <Column source="lastName" />
      <Column source="firstName" />
      <Column source="trainingStatus">
        <ChoiceField source="trainingStatus" group="trainingStatus" />
      </Column>
      <Column source="certificationStatus">
        <ChoiceField source="certificationStatus" group="certificationStatus" />
      </Column>
      <Column source="certificationExpiresOn">
        <DateField source="certificationExpiresOn" emptyText="—" />
      </Column>
      <Column source="backgroundCheck">
        <ChoiceField source="backgroundCheck" group="backgroundCheck" />
      </Column>
      <Column source="active" align="center">
        <BooleanField source="active" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
