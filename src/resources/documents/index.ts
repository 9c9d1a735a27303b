import FolderIcon from '@mui/icons-material/Folder';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { DocumentList } from './DocumentList.tsx';
import { DocumentShow } from './DocumentShow.tsx';

export default {
  list: DocumentList,
  show: DocumentShow,
  icon: FolderIcon,
  recordRepresentation: (record: DocumentRecord) => record.fileName,
};
