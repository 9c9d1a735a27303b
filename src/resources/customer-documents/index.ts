import AttachFileIcon from '@mui/icons-material/AttachFile';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./CustomerDocumentList.tsx'), (module) => module.CustomerDocumentList),
  icon: AttachFileIcon,
  recordRepresentation: (record: CustomerDocument) => record.fileName,
};
