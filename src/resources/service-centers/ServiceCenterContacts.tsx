import { ArrayField, DataTable, EmailField, TextField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The people to call at a center, as a small table. */
export const ServiceCenterContacts = (_props: { label?: string }) => (
  <ArrayField source="contacts">
    <DataTable bulkActionButtons={false} rowClick={false} storeKey="service-centers.contacts.datatable" empty={<NoneYet />}>
      <DataTable.Col source="name" label="resources.service-centers.contact.name" />
      <DataTable.Col source="role" label="resources.service-centers.contact.role">
        <TextField source="role" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="phone" label="resources.service-centers.contact.phone">
        <TextField source="phone" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="email" label="resources.service-centers.contact.email">
        <EmailField source="email" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
