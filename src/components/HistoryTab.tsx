import { TabbedShowLayout, useCanAccess, type TabProps } from 'react-admin';
import { History } from './History.tsx';

/**
 * The "History" tab of a show page: the record's audit-log entries. Only for roles that may read
 * the audit log; put it last (`<HistoryTab path="history" />`) so that leaving it out does not
 * shift the other tabs.
 */
export const HistoryTab = (props: Omit<TabProps, 'label' | 'children'>) => {
  const { canAccess } = useCanAccess({ resource: 'audit-log', action: 'list' });
  if (!canAccess) return null;
  return (
    <TabbedShowLayout.Tab {...props} label="app.history">
      <History label={false} />
    </TabbedShowLayout.Tab>
  );
};
