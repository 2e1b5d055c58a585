// A sensor tile's small line of the last 24 hours: our own SVG from GET …/history (raw points, or the hub's buckets'
// means when there are many), loaded only when the tile is on screen, with the newest reported value appended.
import { api, devicePath } from '../api.js';
import { store } from '../store.js';
import { tr, formatQuantity } from '../i18n.js';
import { whenVisible } from './lazy.js';

const Width = 120;
const Height = 32;
const DayMs = 86_400_000;
const svgNs = 'http://www.w3.org/2000/svg';

/** The sparkline's placeholder for a numeric telemetry property, or null (a guest may not read history). */
export function sparkline(device, entry) {
  if (!entry?.property.telemetry || store.role === 'guest' || !store.home) return null;
  const figure = document.createElementNS(svgNs, 'svg');
  figure.setAttribute('viewBox', `0 0 ${Width} ${Height}`);
  figure.setAttribute('class', 'sparkline');
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', tr('Last 24 hours: loading', '最近 24 小时：加载中'));
  figure.dataset.testid = `sparkline-${entry.key}`;
  figure.dataset.points = '0';
  const load = async () => {
    const to = new Date();
    const from = new Date(to.getTime() - DayMs);
    const answer = await api(`${devicePath(store.home.id, device.id)}/history?property=${encodeURIComponent(entry.key)}`
      + `&from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`);
    return (answer?.points ?? []).map((p) => ({ t: Date.parse(p.time), v: numeric(p.value ?? p.mean) })).filter((p) => p.v !== null && !Number.isNaN(p.t));
  };
  whenVisible(figure, `history ${device.id} ${entry.key}`, load, (points) => draw(figure, withLatest(points, device, entry), entry));
  return figure;
}

function numeric(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

// The history answer may predate the newest report (it is cached for a few minutes): the report is the line's end.
function withLatest(points, device, entry) {
  const reported = device.properties?.[entry.key]?.reported;
  const v = numeric(reported?.value);
  const t = Date.parse(reported?.timestamp ?? '');
  if (v === null || Number.isNaN(t) || (points.length && points[points.length - 1].t >= t)) return points;
  return [...points, { t, v }];
}

function draw(figure, points, entry) {
  figure.dataset.points = String(points.length);
  if (points.length < 2) {
    figure.setAttribute('aria-label', tr('Last 24 hours: not enough readings yet', '最近 24 小时：读数还不够'));
    return;
  }
  const end = points[points.length - 1].t;
  const start = Math.min(points[0].t, end - 60_000);
  const values = points.map((p) => p.v);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (t) => (((t - start) / (end - start || 1)) * (Width - 2) + 1).toFixed(1);
  const y = (v) => (Height - 2 - ((v - min) / span) * (Height - 4)).toFixed(1);
  const line = document.createElementNS(svgNs, 'polyline');
  line.setAttribute('points', points.map((p) => `${x(p.t)},${y(p.v)}`).join(' '));
  line.setAttribute('class', 'spark-line');
  figure.replaceChildren(line);
  const step = entry.value.range?.step;
  figure.setAttribute('aria-label', tr(
    `Last 24 hours: from ${formatQuantity(min, entry.value.unit, step)} to ${formatQuantity(max, entry.value.unit, step)}`,
    `最近 24 小时：${formatQuantity(min, entry.value.unit, step)} 至 ${formatQuantity(max, entry.value.unit, step)}`));
}
