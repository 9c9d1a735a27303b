import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { BooleanFilter } from '../../components/BooleanFilter.tsx';
import { ListAside } from '../../components/ListAside.tsx';

/** Search (label, contents), saved queries, and whether a package was received with a discrepancy. */
export const ShipmentPackageListAside = () => (
  <ListAside>
    <BooleanFilter source="hasDiscrepancy" label="resources.shipment-packages.fields.hasDiscrepancy" icon={<ReportProblemIcon />} />
  </ListAside>
);
