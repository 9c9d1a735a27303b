import { ListAside } from '../../components/ListAside.tsx';

/** Vehicles have no value lists to filter on: search (make, model, VIN, plate) and saved queries. */
export const VehicleListAside = () => <ListAside />;
