import { ListAside } from '../../components/ListAside.tsx';

/** Regions are few: search and saved queries are enough. */
export const RegionListAside = () => <ListAside />;
