import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { MAP_HEIGHT, MAP_WIDTH, mapFrame } from './mapFrame.ts';

const topology = atlas as unknown as Topology<{ states: GeometryCollection; nation: GeometryCollection }>;
// The atlas is projected already (Albers USA at this scale and offset): paths without a projection, points with the same one.
const path = geoPath();
const NATION = path(feature(topology, topology.objects.nation)) ?? '';
const BORDERS = path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '';
const projection = geoAlbersUsa()
  .scale(1300)
  .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);

/** A place to mark on the map; `label` is its tooltip. */
export interface MapMarker {
  key: string;
  latitude: number;
  longitude: number;
  label: string;
  /** Shown inside the marker (the center's number in the list); none for the search's origin, drawn as a ring. */
  number?: number;
}

/**
 * The US states drawn from us-atlas (no tile server: works offline), zoomed to the markers.
 * Places the projection cannot show (outside the states it covers) are left out.
 */
const UsMap = ({ markers, label }: { markers: readonly MapMarker[]; label: string }) => {
  const placed = useMemo(
    () => markers.flatMap((marker) => {
      const point = projection([marker.longitude, marker.latitude]);
      return point ? [{ ...marker, x: point[0], y: point[1] }] : [];
    }),
    [markers],
  );
  const [x, y, width, height] = mapFrame(placed.map((m) => [m.x, m.y] as const));
  // markers keep their size on screen whatever the zoom: about 3 % of the map's width
  const radius = width * 0.03;
  return (
    <Box component="svg" viewBox={`${x} ${y} ${width} ${height}`} role="img" aria-label={label} sx={{ display: 'block', width: '100%', height: 'auto', bgcolor: 'action.hover', borderRadius: 1 }}>
      <Box component="path" d={NATION} sx={{ fill: (theme) => theme.palette.background.paper, stroke: (theme) => theme.palette.text.secondary }} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      <Box component="path" d={BORDERS} sx={{ fill: 'none', stroke: (theme) => theme.palette.divider }} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {placed.map((marker) => (
        <g key={marker.key} transform={`translate(${marker.x} ${marker.y})`}>
          <title>{marker.label}</title>
          {marker.number === undefined ? (
            <Box component="circle" r={radius * 1.6} sx={{ fill: 'none', stroke: (theme) => theme.palette.secondary.main }} strokeWidth={3} vectorEffect="non-scaling-stroke" />
          ) : (
            <>
              <Box component="circle" r={radius} sx={{ fill: (theme) => theme.palette.primary.main, stroke: '#fff' }} strokeWidth={2} vectorEffect="non-scaling-stroke" />
              <Box component="text" textAnchor="middle" dominantBaseline="central" fontSize={radius * 1.2} fontWeight={600} sx={{ fill: (theme) => theme.palette.primary.contrastText }}>
                {marker.number}
              </Box>
            </>
          )}
        </g>
      ))}
    </Box>
  );
};

export default UsMap;
