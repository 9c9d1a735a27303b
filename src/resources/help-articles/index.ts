import LiveHelpIcon from '@mui/icons-material/LiveHelp';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./HelpArticleList.tsx'), (module) => module.HelpArticleList),
  show: lazyView(() => import('./HelpArticleShow.tsx'), (module) => module.HelpArticleShow),
  edit: lazyView(() => import('./HelpArticleEdit.tsx'), (module) => module.HelpArticleEdit),
  create: lazyView(() => import('./HelpArticleCreate.tsx'), (module) => module.HelpArticleCreate),
  icon: LiveHelpIcon,
  recordRepresentation: (record: HelpArticle) => `${record.title} (${record.language})`,
};
