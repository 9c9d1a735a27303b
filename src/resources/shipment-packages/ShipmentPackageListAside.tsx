import { ListAside } from '../../components/ListAside.tsx';

/** Packages have no value lists to filter on: search (label, contents) and saved queries. */
export const ShipmentPackageListAside = () => <ListAside />;
