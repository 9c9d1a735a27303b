import { useState } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { Confirm, useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { useActionDecision } from '../../components/useActionDecision.ts';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** Delete one onboarding document, after a confirmation: hidden or disabled (with the server's reason) as the server decides. */
export const DeleteDocumentButton = ({ document }: { document: DocumentRecord }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [open, setOpen] = useState(false);
  const decision = useActionDecision({ resource: 'documents', action: 'delete', record: document });
  const remove = useCommandMutation({
    mutationFn: () => dataProvider.delete('documents', { id: document.id, previousData: document }),
    successMessage: 'resources.service-centers.documents.deleted',
  });
  if (!decision.permitted) return null;
  return (
    <>
      <Tooltip title={decision.reason ? translate(decision.reason, { _: decision.reason }) : ''}>
        <span>
          <IconButton size="small" aria-label={translate('ra.action.delete')} disabled={!decision.allowed || remove.isPending} onClick={() => setOpen(true)}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={remove.isPending}
        title="resources.service-centers.documents.confirmDeleteTitle"
        content="resources.service-centers.documents.confirmDeleteContent"
        titleTranslateOptions={{ name: document.fileName }}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
