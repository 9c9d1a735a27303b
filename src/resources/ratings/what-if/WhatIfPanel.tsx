import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate, type Identifier } from 'react-admin';
import type { WhatIfChanges } from '../../../../audits/index.ts';
import { errorMessage } from '../../../components/errorMessage.ts';
import { useAppDataProvider } from '../../../providers/dataProvider.ts';
import { WhatIfFields } from './WhatIfFields.tsx';
import { WhatIfResult } from './WhatIfResult.tsx';
import { WhatIfSuggestions } from './WhatIfSuggestions.tsx';
import { EMPTY_FORM, changesOf, formOf } from './whatIfForm.ts';

const t = (key: string) => `resources.ratings.whatIf.${key}`;

/**
 * "What if…" on a center's rating: the changes to imagine, the rating now and with them (the
 * server's engine, nothing stored), the explanation lines they move, and the three single changes
 * that would raise the rating most.
 */
export const WhatIfPanel = ({ centerId }: { centerId: Identifier }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [form, setForm] = useState(EMPTY_FORM);
  const [applied, setApplied] = useState<WhatIfChanges>({});
  const whatIf = (changes: WhatIfChanges) => ({
    queryKey: ['rating-what-if', centerId, changes],
    queryFn: async () => (await dataProvider.ratingWhatIf(centerId, changes)).data,
    placeholderData: keepPreviousData,
    retry: false,
  });
  // the rating now, the open actions and the suggestions; then the rating with the changes applied
  const base = useQuery(whatIf({}));
  const projection = useQuery(whatIf(applied));
  const tryChanges = (changes: WhatIfChanges) => {
    setForm(formOf(changes));
    setApplied(changes);
  };
  const answer = base.data;
  const projected = projection.error ? undefined : projection.data;
  return (
    <Card variant="outlined" data-testid="what-if">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="subtitle1">{translate(t('title'))}</Typography>
        {answer && (
          <Box component="form" onSubmit={(e) => {
              e.preventDefault();
              setApplied(changesOf(form));
            }} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <WhatIfFields form={form} onChange={setForm} openActions={answer.openActions} />
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button type="submit" variant="contained" size="small">
                {translate(t('show'))}
              </Button>
              <Button size="small" onClick={() => tryChanges({})}>
                {translate(t('reset'))}
              </Button>
            </Box>
          </Box>
        )}
        {(base.isFetching || projection.isFetching) && <CircularProgress size={20} aria-label={translate('ra.page.loading')} />}
        {(base.error ?? projection.error) && <Alert severity="error">{errorMessage(base.error ?? projection.error)}</Alert>}
        {projected && <WhatIfResult current={projected.current} projected={projected.projected} />}
        {answer && (
          <Box>
            <Typography variant="subtitle2">{translate(t('suggestions'))}</Typography>
            <WhatIfSuggestions suggestions={answer.suggestions} onTry={tryChanges} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
