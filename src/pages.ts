import type { ComponentType, ReactElement } from 'react';

/** A screen that is not a resource's list/show/edit: a board, a tracking list, a printable page. */
export interface Page {
  path: string;
  element: ReactElement;
  /** Shown to those who may take this react-admin action on this resource (the server decides again). */
  access: { resource: string; action: string };
  /** A menu entry: translation key and icon; pages without one (print views) are reached by link. */
  menu?: { label: string; icon: ComponentType };
  /** Rendered without the app's layout (printable pages). */
  print?: boolean;
}
