import { Fragment, useMemo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { parseArticle, type Line } from './markdown.ts';

const Runs = ({ line }: { line: Line }) =>
  line.map((run, i) => (run.strong ? <strong key={i}>{run.text}</strong> : <Fragment key={i}>{run.text}</Fragment>));

const list = { m: 0, pl: 3, '& > li': { mb: 0.5 } } as const;

/** A help article's text (the markdown subset of markdown.ts) as elements: text stays text, whatever it holds. */
export const ArticleBody = ({ body }: { body: string }) => {
  const blocks = useMemo(() => parseArticle(body), [body]);
  return (
    <Box sx={{ display: 'grid', gap: 1.5, overflowWrap: 'anywhere' }}>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return (
              <Typography key={i} variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
                <Runs line={block.line} />
              </Typography>
            );
          case 'paragraph':
            return (
              <Typography key={i} variant="body1">
                {block.lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 && <br />}
                    <Runs line={line} />
                  </Fragment>
                ))}
              </Typography>
            );
          case 'bullets':
          case 'numbers':
            return (
              <Typography key={i} variant="body1" component={block.kind === 'bullets' ? 'ul' : 'ol'} sx={list}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Runs line={item} />
                  </li>
                ))}
              </Typography>
            );
        }
      })}
    </Box>
  );
};
