import AttachFileIcon from '@mui/icons-material/AttachFile';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { CustomerDocumentList } from './CustomerDocumentList.tsx';

export default {
  list: CustomerDocumentList,
  icon: AttachFileIcon,
  recordRepresentation: (record: CustomerDocument) => record.fileName,
};
