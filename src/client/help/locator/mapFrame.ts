/** The size of us-atlas' pre-projected maps (states-albers-10m.json): 975 × 610. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;
/** The narrowest view (about 120 miles across), so that one center still shows the states around it. */
const MIN_WIDTH = 160;
const PADDING = 0.25;

/**
 * The part of the map to show around these projected points: their bounding box with a margin,
 * at least MIN_WIDTH wide, at the map's proportions, inside the map; the whole map without points.
 */
export function mapFrame(points: readonly (readonly [number, number])[]): [x: number, y: number, width: number, height: number] {
  if (!points.length) return [0, 0, MAP_WIDTH, MAP_HEIGHT];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = MAP_HEIGHT / MAP_WIDTH;
  let width = Math.max(MIN_WIDTH, (maxX - minX) * (1 + 2 * PADDING), ((maxY - minY) * (1 + 2 * PADDING)) / ratio);
  width = Math.min(width, MAP_WIDTH);
  const height = width * ratio;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  const x = clamp((minX + maxX) / 2 - width / 2, MAP_WIDTH - width);
  const y = clamp((minY + maxY) / 2 - height / 2, MAP_HEIGHT - height);
  return [x, y, width, height];
}
