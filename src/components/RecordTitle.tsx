import { useGetRecordRepresentation, useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/** "<Resource name>: <record as a person recognises it>" for show and edit pages. */
export const RecordTitle = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const represent = useGetRecordRepresentation(resource);
  if (!record) return null;
  return (
    <span>
      {translate(`resources.${resource}.name`, { smart_count: 1 })}: {represent(record)}
    </span>
  );
};
