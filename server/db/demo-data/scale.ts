/** How much data each scale generates; the rest (installers, vehicles, devices, shipments) follows. */
export interface ScaleCounts {
  serviceCenters: number;
  customers: number;
  workOrders: number;
}

export type ScaleName = 'demo' | 'large';

export const SCALES: Record<ScaleName, ScaleCounts> = {
  demo: { serviceCenters: 300, customers: 5_000, workOrders: 30_000 },
  large: { serviceCenters: 3_000, customers: 100_000, workOrders: 500_000 },
};
