import DescriptionIcon from '@mui/icons-material/Description';
import type { ClientPage } from '../pages.ts';
import { DocumentsPage } from './DocumentsPage.tsx';

export const documentPages: ClientPage[] = [{ path: 'documents', label: 'client.documents.title', icon: DescriptionIcon, element: <DocumentsPage />, order: 60 }];
