import { EditButton, PrevNextButtons, TopToolbar, useRecordContext } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { CLOSED_STATUSES } from '../../../server/rules/work-orders/rules.ts';

/** Previous / next and Edit; a completed or cancelled order no longer changes, so Edit is off. */
export const WorkOrderShowActions = () => {
  const record = useRecordContext<WorkOrder>();
  const closed = record ? CLOSED_STATUSES.includes(record.status) : false;
  return (
    <TopToolbar>
      <PrevNextButtons linkType="show" />
      <EditButton disabled={closed} title={closed ? `This work order is ${String(record?.status)}; it no longer changes` : undefined} />
    </TopToolbar>
  );
};
