import { CreateButton, useRecordContext } from 'react-admin';

/** Opens the complaint form with this customer or center already chosen; for roles that may enter complaints. */
export const NewComplaintButton = ({ target }: { target: 'customerId' | 'serviceCenterId'; label?: false }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource="complaints" state={{ record: { [target]: record.id } }} label="resources.complaints.new" sx={{ alignSelf: 'flex-start' }} />;
};
