import { forwardRef, type ChangeEvent } from 'react';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ACCEPTED_FILES } from '../../files/fileProblem.ts';

/** A button that opens the file picker for the uploads (PDF, PNG, JPEG), showing the chosen file's name. */
export const FileChooser = forwardRef<HTMLInputElement, { file: File | null; label: string; testId: string; onChoose: (file: File | null) => void }>(
  ({ file, label, testId, onChoose }, ref) => {
    const translate = useTranslate();
    return (
      <Button component="label" variant="outlined" size="small">
        {file ? file.name : translate(label)}
        <input
          ref={ref}
          type="file"
          hidden
          accept={ACCEPTED_FILES}
          data-testid={testId}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChoose(e.target.files?.[0] ?? null)}
        />
      </Button>
    );
  },
);
