import type { ReactNode } from 'react';
import { PrevNextButtons, TopToolbar } from 'react-admin';
import { EditRecordButton } from './EditRecordButton.tsx';

/** The toolbar of a show page: previous / next record, any extra buttons (`children`), Edit (or why not). */
export const ShowActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    <PrevNextButtons linkType="show" />
    {children}
    <EditRecordButton />
  </TopToolbar>
);
