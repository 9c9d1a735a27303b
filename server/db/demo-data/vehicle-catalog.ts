/** Makes with a plausible world manufacturer identifier (VIN positions 1–3) and popular models. */
export interface Make {
  name: string;
  wmi: readonly string[];
  models: readonly string[];
  /** Relative share of the fleet. */
  weight: number;
}

export const MAKES: readonly Make[] = [
  { name: 'Ford', wmi: ['1FA', '1FT', '1FM', '3FA'], models: ['F-150', 'Escape', 'Fusion', 'Explorer', 'Focus', 'Ranger', 'Edge', 'Mustang'], weight: 14 },
  { name: 'Chevrolet', wmi: ['1G1', '1GC', '1GN', '3GN'], models: ['Silverado 1500', 'Malibu', 'Equinox', 'Impala', 'Cruze', 'Tahoe', 'Traverse', 'Colorado'], weight: 13 },
  { name: 'Toyota', wmi: ['4T1', '5TD', 'JTD', '2T1'], models: ['Camry', 'Corolla', 'RAV4', 'Tacoma', 'Tundra', 'Highlander', 'Prius', 'Sienna'], weight: 13 },
  { name: 'Honda', wmi: ['1HG', '2HG', '5J6', '19X'], models: ['Civic', 'Accord', 'CR-V', 'Pilot', 'Odyssey', 'HR-V'], weight: 10 },
  { name: 'Nissan', wmi: ['1N4', '1N6', '5N1', '3N1'], models: ['Altima', 'Sentra', 'Rogue', 'Frontier', 'Maxima', 'Pathfinder', 'Versa'], weight: 8 },
  { name: 'Dodge', wmi: ['1C3', '2C3', '3D7', '1B3'], models: ['Charger', 'Ram 1500', 'Durango', 'Grand Caravan', 'Challenger', 'Journey'], weight: 6 },
  { name: 'Jeep', wmi: ['1C4', '1J4', '1J8'], models: ['Grand Cherokee', 'Wrangler', 'Cherokee', 'Compass', 'Liberty'], weight: 5 },
  { name: 'GMC', wmi: ['1GT', '2GT', '1GK'], models: ['Sierra 1500', 'Acadia', 'Terrain', 'Yukon', 'Canyon'], weight: 4 },
  { name: 'Hyundai', wmi: ['5NP', 'KMH', '5NM'], models: ['Elantra', 'Sonata', 'Tucson', 'Santa Fe', 'Accent'], weight: 5 },
  { name: 'Kia', wmi: ['KNA', 'KND', '5XX'], models: ['Optima', 'Soul', 'Sorento', 'Forte', 'Sportage'], weight: 4 },
  { name: 'Volkswagen', wmi: ['3VW', 'WVW', '1VW'], models: ['Jetta', 'Passat', 'Golf', 'Tiguan', 'Atlas'], weight: 3 },
  { name: 'Subaru', wmi: ['4S3', '4S4', 'JF1'], models: ['Outback', 'Forester', 'Impreza', 'Legacy', 'Crosstrek'], weight: 3 },
  { name: 'Chrysler', wmi: ['2C4', '1C3', '2A4'], models: ['300', 'Pacifica', 'Town & Country', '200'], weight: 2 },
  { name: 'Mazda', wmi: ['JM1', '1YV', 'JM3'], models: ['Mazda3', 'Mazda6', 'CX-5', 'CX-9'], weight: 2 },
  { name: 'Buick', wmi: ['1G4', '5GA', 'KL4'], models: ['LaCrosse', 'Enclave', 'Encore', 'Regal'], weight: 1 },
  { name: 'Pontiac', wmi: ['1G2', '5Y2'], models: ['Grand Prix', 'G6', 'Vibe'], weight: 1 },
];
