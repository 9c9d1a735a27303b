import { lazy, type ComponentType } from 'react';

/**
 * A screen in its own chunk, fetched the first time it is opened (the layout's Suspense shows the
 * loading indicator meanwhile): the back office's first load carries the shell and the menu, not
 * every resource's list, show, edit and create views.
 */
export const lazyView = <M>(load: () => Promise<M>, pick: (module: M) => ComponentType) => lazy(async () => ({ default: pick(await load()) }));
