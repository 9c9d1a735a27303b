import type { ComponentType, ReactElement } from 'react';

/** A screen that is not a resource's list/show/edit: a board, a tracking list, a printable page. */
export interface Page {
  path: string;
  element: ReactElement;
  /** Shown to those who may take this react-admin action on this resource (the server decides again). */
  access: { resource: string; action: string };
  /** A menu entry: translation key and icon; pages without one (print views) are reached by link. */
  menu?: { label: string; icon: ComponentType };
  /**
   * An entry of the service-center portal's menu (center staff get this menu instead of the back
   * office's): translation key, icon, and the place in the menu (ascending): today 10, walk-in 20,
   * equipment 30, quality 40, paperwork 50, hours 60, statement 70.
   */
  portalMenu?: { label: string; icon: ComponentType; order: number };
  /** Rendered without the app's layout (printable pages). */
  print?: boolean;
}
