import { AutocompleteInput, DataTable, DateField, List, NumberInput, ReferenceInput, useCanAccess } from 'react-admin';
import type { AuditLogEntry } from '../../../server/resources/types.ts';
import { AuditUserField } from '../../components/AuditUserField.tsx';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { AuditLogListAside } from './AuditLogListAside.tsx';
import { AuditRecordField } from './AuditRecordField.tsx';
import { AuditResourceField } from './AuditResourceField.tsx';

const userFilter = (
  <ReferenceInput key="user" source="userId" reference="users" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 240 }} />
  </ReferenceInput>
);
// Without access to users (compliance), the user is picked by number.
const userIdFilter = <NumberInput key="user" source="userId" min={1} size="small" alwaysOn />;
const recordFilter = <NumberInput key="record" source="recordId" min={1} size="small" alwaysOn />;

const Column = DataTable.Col<AuditLogEntry>;

/** Who changed what, when: read-only, latest first. */
export const AuditLogList = () => {
  const { canAccess: canReadUsers } = useCanAccess({ resource: 'users', action: 'list' });
  return (
    <List
      aside={<AuditLogListAside />}
      actions={<ListActions create={false} />}
      filters={[canReadUsers ? userFilter : userIdFilter, recordFilter]}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="at">
          <DateField source="at" showTime />
        </Column>
        <Column source="userId" disableSort>
          <AuditUserField />
        </Column>
        <Column source="action">
          <ChoiceField source="action" group="auditAction" />
        </Column>
        <Column source="resource">
          <AuditResourceField />
        </Column>
        <Column source="recordId">
          <AuditRecordField />
        </Column>
        <Column source="summary" sx={{ maxWidth: 360 }} />
      </DataTable>
    </List>
  );
};
