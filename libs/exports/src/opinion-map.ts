import { PNG } from 'pngjs';
import type { ConsensusReport } from '@xs/contracts';

/** Group colours of the console's opinion map, so the printed map reads the same. */
export const GROUP_COLOURS = ['#1f6fb2', '#c2410c', '#15803d', '#7e22ce', '#a16207'];

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The opinion map as a PNG (for the DOCX; Word needs a raster image): one filled dot per anonymous
 * participant on white, coloured by group, with a light frame and axes through the origin.
 */
export function opinionMapPng(points: ConsensusReport['points'], width = 600, height = 400): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(255);
  const set = (x: number, y: number, [r, g, b]: number[]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  const { sx, sy } = scale(points, width, height, 24);
  const grey = [200, 200, 200];
  for (let x = 0; x < width; x++) {
    set(x, 0, grey);
    set(x, height - 1, grey);
    set(x, Math.round(sy(0)), grey);
  }
  for (let y = 0; y < height; y++) {
    set(0, y, grey);
    set(width - 1, y, grey);
    set(Math.round(sx(0)), y, grey);
  }
  const r = 5;
  for (const p of points) {
    const c = rgb(GROUP_COLOURS[p.group % GROUP_COLOURS.length] ?? '#555555');
    const cx = Math.round(sx(p.x));
    const cy = Math.round(sy(p.y));
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r) set(cx + dx, cy + dy, c);
  }
  return PNG.sync.write(png);
}

/** Maps map coordinates into a box with a margin, keeping the origin inside (the axes are drawn there). */
export function scale(points: ConsensusReport['points'], width: number, height: number, margin: number) {
  const xs = [0, ...points.map((p) => p.x)];
  const ys = [0, ...points.map((p) => p.y)];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const wx = x1 - x0 || 1;
  const wy = y1 - y0 || 1;
  return {
    sx: (x: number) => margin + ((x - x0) / wx) * (width - 2 * margin),
    sy: (y: number) => height - margin - ((y - y0) / wy) * (height - 2 * margin),
  };
}

/** The adopted statements (those whose text leads an outcome consensus point) with their figures. */
export function adoptedRows(report: ConsensusReport, consensus: string[]): ConsensusReport['statements'] {
  return report.statements.filter((s) => s.text && consensus.some((c) => c.startsWith(s.text)));
}

export const pctText = (x: number) => `${Math.round(x * 100)}%`;
