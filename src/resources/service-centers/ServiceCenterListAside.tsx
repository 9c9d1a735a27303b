import FlagIcon from '@mui/icons-material/Flag';
import MapIcon from '@mui/icons-material/Map';
import { ListAside } from '../../components/ListAside.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ReferenceFilterList } from '../../components/ReferenceFilterList.tsx';
import { RatingBandFilter } from '../ratings/RatingBandFilter.tsx';

export const ServiceCenterListAside = () => (
  <ListAside>
    <ChoiceFilter
      source="onboardingStatus"
      group="onboardingStatus"
      label="resources.service-centers.fields.onboardingStatus"
      icon={<FlagIcon />}
    />
    <ReferenceFilterList source="regionId" reference="regions" label="resources.service-centers.fields.regionId" icon={<MapIcon />} />
    <RatingBandFilter />
  </ListAside>
);
