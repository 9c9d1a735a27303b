import type { ReactNode } from 'react';
import { EditButton, PrevNextButtons, TopToolbar } from 'react-admin';

/** The toolbar of a show page: previous / next record, any extra buttons (`children`), Edit. */
export const ShowActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    <PrevNextButtons linkType="show" />
    {children}
    <EditButton />
  </TopToolbar>
);
