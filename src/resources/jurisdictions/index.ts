import GavelIcon from '@mui/icons-material/Gavel';
import type { Jurisdiction } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./JurisdictionList.tsx'), (module) => module.JurisdictionList),
  show: lazyView(() => import('./JurisdictionShow.tsx'), (module) => module.JurisdictionShow),
  edit: lazyView(() => import('./JurisdictionEdit.tsx'), (module) => module.JurisdictionEdit),
  create: lazyView(() => import('./JurisdictionCreate.tsx'), (module) => module.JurisdictionCreate),
  icon: GavelIcon,
  recordRepresentation: (record: Jurisdiction) => `${record.code} — ${record.name}`,
};
