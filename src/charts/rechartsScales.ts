/**
 * What the build gives Recharts for `victory-vendor/d3-scale` (vite.config.ts `resolve.alias`).
 * Recharts imports that module whole and looks scales up by name, so the bundle kept every d3
 * scale with d3-time and d3-time-format (≈ 9 KiB gzip on the first chart). Our axes set no
 * `scale` prop: Recharts then picks `linear` (number axes), `band` (bar charts' category axes)
 * or `point` (line charts' category axes), and its Brush and Sunburst import `scalePoint` and
 * `scaleLinear`. A unit test checks these are what this module exports.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
