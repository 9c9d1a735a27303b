import { useState } from 'react';
import { Link } from 'react-router-dom';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Confirm, Button as LinkButton, Title, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Importable } from '../../server/auth/policy.ts';
import type { ImportResult } from '../../server/rules/imports/routes.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { errorMessage } from '../components/errorMessage.ts';
import { useAppDataProvider } from '../providers/dataProvider.ts';
import { readText } from '../files/readBase64.ts';
import { csvRows } from './csvRows.ts';
import { ImportErrors } from './ImportErrors.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportTemplateCard } from './ImportTemplateCard.tsx';
import { previewColumns } from './previewColumns.ts';

const T = 'resources.imports';

/** A refused import's body (400): the message and the errors by row and column; null for any other failure. */
const refusalOf = (error: unknown) => {
  const refused = error as { status?: number; body?: { message?: string; errors?: Record<string, string> } } | null;
  return refused?.status === 400 && refused.body?.errors ? { message: refused.body.message ?? '', errors: refused.body.errors } : null;
};

/**
 * Import a resource's records from a CSV file: the columns and a template to download, a file
 * checked by a dry run (its errors by row and column, or a preview), then imported all at once.
 */
export const ImportPage = ({ resource }: { resource: Importable }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const [chosen, setChosen] = useState<{ file: File; csv: string; rows: number } | null>(null);
  /** The rows the confirmation asks about, while it is open. */
  const [confirming, setConfirming] = useState<number | null>(null);
  const template = useQuery({ queryKey: ['imports', resource], queryFn: async () => (await dataProvider.importTemplate(resource)).data });
  const send = async (dryRun: boolean) => (await dataProvider.importRecords(resource, { csv: chosen!.csv, dryRun })).data;
  const check = useMutation<ImportResult, unknown>({ mutationFn: () => send(true) });
  const run = useMutation<ImportResult, unknown>({
    mutationFn: () => send(false),
    onSuccess: (result) => {
      setChosen(null);
      check.reset();
      notify(`${T}.run.done`, { type: 'success', messageArgs: { smart_count: result.count } });
    },
  });
  const choose = async (file: File | null) => {
    check.reset();
    run.reset();
    const csv = file ? await readText(file) : '';
    setChosen(file ? { file, csv, rows: csvRows(csv) } : null);
  };
  const name = translate(`resources.${resource}.name`, { smart_count: 2 }).toLowerCase();
  const refused = refusalOf(check.error) ?? refusalOf(run.error);
  const failed = (check.error && !refusalOf(check.error) ? check.error : null) ?? (run.error && !refusalOf(run.error) ? run.error : null);
  const busy = check.isPending || run.isPending;
  const ready = check.data && !run.isSuccess ? check.data : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, py: 2, maxWidth: 1100, minWidth: 0 }}>
      <Title title={translate(`${T}.title`, { name })} />
      {template.error ? <ErrorAlert error={template.error} /> : null}
      {template.data && <ImportTemplateCard template={template.data} />}
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
            <Button component="label" variant="outlined" disabled={busy} sx={chosen ? { textTransform: 'none' } : undefined}>
              {chosen ? chosen.file.name : translate(`${T}.file.choose`)}
              <input type="file" hidden accept=".csv,text/csv" data-testid="import-file" onChange={(e) => void choose(e.target.files?.[0] ?? null)} onClick={(e) => (e.currentTarget.value = '')} />
            </Button>
            {chosen && <Typography variant="body2">{translate(`${T}.file.rows`, { smart_count: chosen.rows })}</Typography>}
            <Button variant="contained" startIcon={<FactCheckIcon />} disabled={!chosen || busy} onClick={() => check.mutate()}>
              {translate(`${T}.file.check`)}
            </Button>
          </Box>
          {check.isPending && chosen && <ImportProgress label={translate(`${T}.file.checking`, { smart_count: chosen.rows, name: chosen.file.name })} />}
          {run.isPending && ready && <ImportProgress label={translate(`${T}.run.importing`, { smart_count: ready.count })} />}
          {refused && <ImportErrors message={refused.message} errors={refused.errors} />}
          {failed ? <Alert severity="error">{errorMessage(failed)}</Alert> : null}
          {ready && template.data && (
            <>
              <ImportPreview result={ready} columns={previewColumns(template.data, ready)} />
              <Box>
                <Button variant="contained" color="primary" startIcon={<UploadFileIcon />} disabled={busy} onClick={() => setConfirming(ready.count)}>
                  {translate(`${T}.run.button`, { smart_count: ready.count })}
                </Button>
              </Box>
            </>
          )}
          {run.isSuccess && (
            <Alert severity="success" data-testid="import-done" action={<LinkButton component={Link} to={`/${resource}`} label={`${T}.run.open`} />}>
              {translate(`${T}.run.done`, { smart_count: run.data.count })}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Confirm
        isOpen={confirming !== null}
        title={translate(`${T}.run.confirmTitle`, { smart_count: confirming ?? 0 })}
        content={`${T}.run.confirmContent`}
        onConfirm={() => {
          setConfirming(null);
          run.mutate();
        }}
        onClose={() => setConfirming(null)}
      />
    </Box>
  );
};
