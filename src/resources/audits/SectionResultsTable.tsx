import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SectionResult } from '../../../audits/index.ts';
import { percent } from '../../numbers.ts';

/** Sections with points and percent; a section failed by a critical item is marked. */
export const SectionResultsTable = ({ sections }: { sections: readonly SectionResult[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('resources.audits.fields.sectionResults')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.audits.sections.section')}</TableCell>
          <TableCell align="right">{translate('resources.audits.sections.points')}</TableCell>
          <TableCell align="right">{translate('resources.audits.sections.percent')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sections.map((s) => (
          <TableRow key={s.key}>
            <TableCell>
              {s.title}
              {s.failed && ` — ${translate('resources.audits.sections.failed')}`}
            </TableCell>
            <TableCell align="right">
              {s.achieved} / {s.possible}
            </TableCell>
            <TableCell align="right" sx={{ color: s.failed ? 'error.main' : undefined }}>
              {percent(s.percent)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
