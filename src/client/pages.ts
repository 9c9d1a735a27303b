import type { ComponentType, ReactElement } from 'react';

/** A page of the client portal, at `/portal/<path>`. */
export interface ClientPage {
  /** The route under /portal/, without a leading slash ('' is the dashboard). */
  path: string;
  /** Translation key of its title and navigation entry. */
  label: string;
  icon: ComponentType;
  element: ReactElement;
  /**
   * Its place in the navigation (ascending): dashboard 10, unlock codes 20, payments 30,
   * appointments 40, notes 50, complaints 55, documents 60, help 70, profile 80. Pages without one
   * are reached by a link.
   */
  order?: number;
  /** Opens without signing in (enrolment, the e-mail verification link, the locator). */
  public?: boolean;
}
