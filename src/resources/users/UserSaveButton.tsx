import { useState } from 'react';
import { Confirm, SaveButton, setSubmissionErrors, useRecordContext, useSaveContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { User } from '../../../server/resources/types.ts';

/** Saves the user; asks first when the save would deactivate an active user. */
export const UserSaveButton = () => {
  const record = useRecordContext<User>();
  const active = useWatch({ name: 'active' });
  const { handleSubmit, setError } = useFormContext();
  const { save } = useSaveContext();
  const [asking, setAsking] = useState(false);
  if (!record?.active || active !== false) return <SaveButton />;
  return (
    <>
      <SaveButton
        type="button"
        onClick={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      />
      <Confirm
        isOpen={asking}
        title="resources.users.deactivate.title"
        content="resources.users.deactivate.content"
        translateOptions={{ name: record.name }}
        onConfirm={() => {
          setAsking(false);
          void handleSubmit(async (values) => {
            const errors = await save?.(values);
            if (errors) setSubmissionErrors(errors, setError);
          })();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
