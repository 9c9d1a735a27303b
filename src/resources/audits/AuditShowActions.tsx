import { CanAccess, EditButton, PrevNextButtons, TopToolbar, useRecordContext } from 'react-admin';
import { AmendButton } from './AmendButton.tsx';
import type { AuditRecord } from './types.ts';

/** Previous / next; a draft can be edited, a submitted audit only amended. */
export const AuditShowActions = () => {
  const record = useRecordContext<AuditRecord>();
  return (
    <TopToolbar>
      <PrevNextButtons linkType="show" />
      {record?.status === 'draft' ? (
        <EditButton label="resources.audits.actions.continue" />
      ) : (
        <CanAccess resource="audits" action="create">
          <AmendButton />
        </CanAccess>
      )}
    </TopToolbar>
  );
};
