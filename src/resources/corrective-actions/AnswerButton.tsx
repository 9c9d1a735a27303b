import { useState } from 'react';
import ReplyIcon from '@mui/icons-material/Reply';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { EvidenceFiles } from './EvidenceFiles.tsx';

const T = 'resources.corrective-actions.answer';
const MAX_RESPONSE = 4000;

/** The dialog's evidence files: those attached so far, and the upload of another one. */
const DialogEvidence = ({ action }: { action: CorrectiveActionRecord }) => {
  const { data: files = [] } = useGetList<DocumentRecord>('documents', { filter: { correctiveActionId: action.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' } });
  return <EvidenceFiles action={action} files={files} />;
};

/**
 * The center's **Answer** to an open corrective action: what was done (required) and evidence files
 * (attached one by one as chosen); sending it puts the action awaiting verification. Full screen on a phone.
 */
export const AnswerButton = ({ action }: { action: CorrectiveActionRecord }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const [response, setResponse] = useState('');
  const answer = useCommandMutation({
    mutationFn: async (text: string) => (await dataProvider.respondToAction(action.id, { response: text, version: action.version })).data,
    successMessage: `${T}.sent`,
    onSuccess: () => {
      setOpen(false);
      setResponse('');
    },
  });
  const text = response.trim();
  return (
    <>
      <ActionButton resource="corrective-actions" action="respond" record={action} label={`${T}.button`} icon={<ReplyIcon />} size="small" testId="answer-action" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" fullScreen={phone} aria-labelledby={`answer-${action.id}`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text) answer.mutate(text);
          }}
        >
          <DialogTitle id={`answer-${action.id}`}>{translate(`${T}.title`)}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mb: 2, overflowWrap: 'anywhere' }}>
              {action.description}
            </Typography>
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={4}
              required
              label={translate(`${T}.response`)}
              helperText={translate(`${T}.helper`, { count: MAX_RESPONSE - response.length })}
              value={response}
              onChange={(event) => setResponse(event.target.value)}
              slotProps={{ htmlInput: { maxLength: MAX_RESPONSE } }}
            />
            <DialogEvidence action={action} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!text || answer.isPending}>
              {translate(`${T}.send`)}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
