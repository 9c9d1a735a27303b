import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CorrectiveActionRecord } from '../resources/audits/types.ts';
import { ActionAnswer } from '../resources/corrective-actions/ActionAnswer.tsx';
import { AnswerButton } from '../resources/corrective-actions/AnswerButton.tsx';

const T = 'resources.quality.actions';

/** Still open and due before today (an action due today is not overdue yet, as the rating counts). */
export const isOverdue = (action: Pick<CorrectiveActionRecord, 'status' | 'dueDate'>, today: string) => action.status === 'open' && action.dueDate != null && action.dueDate < today;

/** One corrective action as the center sees it: what to do, by when (overdue in red), its state, the answer and the reviewer's word, and **Answer**. */
export const ActionCard = ({ action, today }: { action: CorrectiveActionRecord; today: string }) => {
  const translate = useTranslate();
  const overdue = isOverdue(action, today);
  return (
    <Card variant="outlined" component="article" data-testid={`action-${action.id}`} sx={overdue ? { borderColor: 'error.main' } : undefined}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Chip size="small" label={translate(`choices.severity.${action.severity}`)} color={action.severity === 'critical' ? 'error' : 'default'} />
          <Chip size="small" variant="outlined" label={translate(`choices.correctiveActionStatus.${action.status}`)} color={action.status === 'done' ? 'info' : 'default'} />
          {action.dueDate && (
            <Typography variant="body2" color={overdue ? 'error' : 'text.secondary'} sx={{ fontWeight: overdue ? 'bold' : undefined }}>
              {translate(overdue ? `${T}.overdue` : `${T}.due`, { date: action.dueDate })}
            </Typography>
          )}
        </Box>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {action.description}
        </Typography>
        {(action.response || action.reviewComment) && <ActionAnswer action={action} />}
        {action.status === 'open' && <AnswerButton action={action} />}
      </CardContent>
    </Card>
  );
};
