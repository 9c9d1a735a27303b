import { DataTable, List, NumberInput, useCanAccess } from 'react-admin';
import type { AuditLogEntry } from '../../../server/resources/types.ts';
import { AuditUserField } from '../../components/AuditUserField.tsx';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { AuditLogListAside } from './AuditLogListAside.tsx';
import { AuditRecordField } from './AuditRecordField.tsx';
import { AuditResourceField } from './AuditResourceField.tsx';

const userFilter = <ReferenceFilterInput key="user" source="userId" reference="users" alwaysOn />;
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
        <DateColumn source="at" showTime />
        <Column source="userId" disableSort>
          <AuditUserField />
        </Column>
        <ChoiceColumn source="action" group="auditAction" />
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
