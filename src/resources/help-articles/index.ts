import LiveHelpIcon from '@mui/icons-material/LiveHelp';
import type { HelpArticle } from '../../../server/resources/types.ts';
import { HelpArticleList } from './HelpArticleList.tsx';
import { HelpArticleShow } from './HelpArticleShow.tsx';
import { HelpArticleEdit } from './HelpArticleEdit.tsx';
import { HelpArticleCreate } from './HelpArticleCreate.tsx';

export default {
  list: HelpArticleList,
  show: HelpArticleShow,
  edit: HelpArticleEdit,
  create: HelpArticleCreate,
  icon: LiveHelpIcon,
  recordRepresentation: (record: HelpArticle) => `${record.title} (${record.language})`,
};
