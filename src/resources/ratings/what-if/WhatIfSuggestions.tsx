import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Suggestion, WhatIfChanges } from '../../../../audits/index.ts';
import { decimal } from '../../../numbers.ts';

const t = (key: string) => `resources.ratings.whatIf.${key}`;

/** The (up to) three single changes that would raise the rating most, each with its projected rating; one click tries it. */
export const WhatIfSuggestions = ({ suggestions, onTry }: { suggestions: readonly Suggestion[]; onTry: (changes: WhatIfChanges) => void }) => {
  const translate = useTranslate();
  if (!suggestions.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(t('noSuggestion'))}
      </Typography>
    );
  }
  return (
    <List dense aria-label={translate(t('suggestions'))} disablePadding>
      {suggestions.map((s, i) => (
        <ListItem
          key={s.label}
          data-testid={`what-if-suggestion-${i}`}
          secondaryAction={
            <Button size="small" onClick={() => onTry(s.changes)}>
              {translate(t('try'))}
            </Button>
          }
        >
          <ListItemText primary={s.label} secondary={translate(t('rating'), { score: decimal(s.rating.score), grade: s.rating.grade, stars: decimal(s.rating.stars) })} />
        </ListItem>
      ))}
    </List>
  );
};
