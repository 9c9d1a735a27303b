import GavelIcon from '@mui/icons-material/Gavel';
import type { Jurisdiction } from '../../../server/resources/types.ts';
import { JurisdictionList } from './JurisdictionList.tsx';
import { JurisdictionShow } from './JurisdictionShow.tsx';
import { JurisdictionEdit } from './JurisdictionEdit.tsx';
import { JurisdictionCreate } from './JurisdictionCreate.tsx';

export default {
  list: JurisdictionList,
  show: JurisdictionShow,
  edit: JurisdictionEdit,
  create: JurisdictionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: Jurisdiction) => `${record.code} — ${record.name}`,
};
