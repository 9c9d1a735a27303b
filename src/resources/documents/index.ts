import FolderIcon from '@mui/icons-material/Folder';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./DocumentList.tsx'), (module) => module.DocumentList),
  show: lazyView(() => import('./DocumentShow.tsx'), (module) => module.DocumentShow),
  icon: FolderIcon,
  recordRepresentation: (record: DocumentRecord) => record.fileName,
};
