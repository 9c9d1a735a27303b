import { LinearProgress } from '@mui/material';
import { Route, Routes } from 'react-router-dom';
import { Authenticated } from 'ra-core';
import type { ClientPage } from '../pages.ts';
import { ClientLayout } from './ClientLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** A page as a route in the frame: a public one opens as it is, the others only once signed in (else the sign-in page). */
const routeOf = (page: ClientPage) => {
  const element = page.public ? page.element : <Authenticated loading={<LinearProgress />}>{page.element}</Authenticated>;
  return page.path === '' ? <Route key="" index element={element} /> : <Route key={page.path} path={page.path} element={element} />;
};

/** The portal's pages under /portal/, each in the frame; any other address is "Page not found". */
export const ClientRoutes = ({ pages }: { pages: readonly ClientPage[] }) => (
  <Routes>
    <Route element={<ClientLayout pages={pages} />}>
      {pages.map(routeOf)}
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
