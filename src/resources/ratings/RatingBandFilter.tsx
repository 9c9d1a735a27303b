import StarIcon from '@mui/icons-material/Star';
import { FilterList, FilterListItem } from 'react-admin';

/** Ratings have two decimals, so a band's top is its next band's bottom − 0.01. */
const BANDS = [
  { key: 'a', value: { rating_gte: 90, rating_lte: undefined } },
  { key: 'b', value: { rating_gte: 80, rating_lte: 89.99 } },
  { key: 'c', value: { rating_gte: 70, rating_lte: 79.99 } },
  { key: 'low', value: { rating_gte: undefined, rating_lte: 69.99 } },
];

/** The sidebar filter of service centers by their rating (0–100) band. */
export const RatingBandFilter = () => (
  <FilterList label="resources.ratings.bands.title" icon={<StarIcon />}>
    {BANDS.map((band) => (
      <FilterListItem key={band.key} label={`resources.ratings.bands.${band.key}`} value={band.value} />
    ))}
  </FilterList>
);
