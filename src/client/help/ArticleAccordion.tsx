import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { ArticleBody } from './ArticleBody.tsx';

/** Questions (or guides) that open one by one: the title is the button (an h3), the answer below it. */
export const ArticleAccordion = ({ articles }: { articles: readonly HelpArticle[] }) => (
  <div>
    {articles.map((article) => (
      <Accordion key={article.id} disableGutters variant="outlined" slotProps={{ heading: { component: 'h3' }, transition: { unmountOnExit: true } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`help-article-${article.id}`} id={`help-article-${article.id}-title`}>
          <Typography sx={{ fontWeight: 500 }}>{article.title}</Typography>
        </AccordionSummary>
        <AccordionDetails id={`help-article-${article.id}`} role="region" aria-labelledby={`help-article-${article.id}-title`}>
          <ArticleBody body={article.body} />
        </AccordionDetails>
      </Accordion>
    ))}
  </div>
);
