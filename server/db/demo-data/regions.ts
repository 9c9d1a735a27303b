/** The provider's sales regions and the states each covers. */
export interface RegionSeed {
  code: string;
  name: string;
  states: string[];
  description: string;
}

export const REGION_SEEDS: RegionSeed[] = [
  { code: 'PNW', name: 'Pacific Northwest', states: ['WA'], description: 'Washington service network.' },
  { code: 'SW', name: 'Southwest', states: ['AZ', 'CA'], description: 'Arizona and California service network.' },
  { code: 'TX', name: 'Texas', states: ['TX'], description: 'Texas service network.' },
  { code: 'MW', name: 'Midwest', states: ['IA', 'IL', 'MN'], description: 'Iowa, Illinois and Minnesota service network.' },
  { code: 'SE', name: 'Southeast', states: ['FL', 'VA'], description: 'Florida and Virginia service network.' },
  { code: 'MTN', name: 'Mountain', states: ['CO', 'WY'], description: 'Colorado and Wyoming service network.' },
];
