import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { downloadCSV, useTranslate } from 'react-admin';
import type { ImportTemplate } from '../../server/rules/imports/template.ts';
import { templateCsv } from './templateCsv.ts';

const T = 'resources.imports.template';

/** What the file holds: its columns (required ones in bold) and the template to download (the header and an example row). */
export const ImportTemplateCard = ({ template }: { template: ImportTemplate }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-labelledby="import-template">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="h6" component="h2" id="import-template">
          {translate(`${T}.title`)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.help`)}
        </Typography>
        <Box component="p" sx={{ m: 0, fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere' }} data-testid="import-columns">
          {template.columns.map((column, index) => (
            <span key={column.name}>
              {index > 0 && ', '}
              {column.required ? <strong>{column.name}</strong> : column.name}
            </span>
          ))}
        </Box>
        <Box>
          <Button variant="outlined" size="small" startIcon={<DownloadIcon />} onClick={() => downloadCSV(templateCsv(template), `${template.resource}-template`)}>
            {translate(`${T}.download`)}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};
