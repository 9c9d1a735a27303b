import { Children, isValidElement, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { CanAccess, Labeled } from 'react-admin';

/**
 * Show-page fields in a responsive two-column grid, each with its label. Inside a
 * `TabbedShowLayout.Tab`, pass `label={false}` so the tab does not label the grid itself.
 * A field with a `reference` (ReferenceField) is left out, label and all, for roles that may not
 * read that resource: it would only fetch a refusal.
 */
export const FieldGrid = ({ children }: { children: ReactNode; label?: false }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
      columnGap: 4,
      rowGap: 1,
      width: '100%',
    }}
  >
    {Children.map(children, (field) => {
      if (!isValidElement<{ reference?: unknown }>(field)) return null;
      const { reference } = field.props;
      if (typeof reference !== 'string') return <Labeled>{field}</Labeled>;
      return (
        <CanAccess resource={reference} action="show">
          <Labeled>{field}</Labeled>
        </CanAccess>
      );
    })}
  </Box>
);
