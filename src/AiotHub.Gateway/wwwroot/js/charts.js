// Charts on a device's page: a small SVG line per telemetry property over 1 h, 24 h or 7 days
// (GET …/history), filling in live as property-changed events arrive, and energy bars per day for
// metering plugs (GET …/energy). No third-party code and no inline styles (the CSP forbids them):
// geometry goes in SVG attributes, looks in app.css.
import { h } from './dom.js';
import { api, devicePath } from './api.js';
import { store } from './store.js';

const Ranges = { '1h': 3600_000, '24h': 86_400_000, '7d': 604_800_000 };
const EnergyKey = 'power-consumption.power-consumption';
const Width = 320;
const Height = 80;
const svgNs = 'http://www.w3.org/2000/svg';

// One state per device page: its range and, per property, the points shown ({t, v}).
let state = null;

const svg = (tag, attributes = {}, ...children) => {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children.filter(Boolean));
  return element;
};

// Numeric (and boolean) telemetry properties are charted; text ones are not.
export function chartedProperties(profile) {
  const result = [];
  for (const service of profile?.services ?? []) {
    for (const property of service.properties ?? []) {
      if (property.telemetry && property.value?.format !== 'string') {
        result.push({ key: `${service.name}.${property.name}`, name: property.description ?? property.name, unit: property.value?.unit });
      }
    }
  }
  return result;
}

// The section for a device page, or null (no telemetry, or a guest, who may not read history).
export function chartsSection(device, profile) {
  const charted = chartedProperties(profile);
  const meters = charted.some((p) => p.key === EnergyKey);
  if (store.role === 'guest' || (charted.length === 0 && !meters)) return null;
  if (state?.deviceId !== device.id) state = { deviceId: device.id, range: '24h', series: new Map(), request: 0 };
  const buttons = Object.keys(Ranges).map((range) => h('button', {
    type: 'button', class: 'range', 'aria-pressed': String(range === state.range), dataset: { range },
    onclick: () => { state.range = range; for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.range === range)); load(device); },
  }, range));
  const section = h('section', { class: 'card charts', 'aria-labelledby': 'charts-title', dataset: { testid: 'charts' } },
    h('h2', { id: 'charts-title' }, 'History'),
    h('div', { class: 'ranges', role: 'group', 'aria-label': 'Range' }, buttons),
    charted.map((p) => h('figure', { class: 'chart', dataset: { testid: `chart-${p.key}`, key: p.key, points: '0' } },
      h('figcaption', {}, `${p.name}${p.unit ? ` (${p.unit})` : ''}`), h('div', { class: 'plot' }))),
    meters ? h('figure', { class: 'chart energy', dataset: { testid: 'energy' } }, h('figcaption', {}, 'Energy per day (kWh)'), h('div', { class: 'plot' })) : null);
  load(device, section);
  return section;
}

// A live report: appended to its chart if it is newer than the last point and inside the range.
export function addLiveValues(device, section) {
  if (!state || state.deviceId !== device.id) return;
  for (const figure of section.querySelectorAll('figure.chart[data-key]')) {
    const key = figure.dataset.key;
    const reported = device.properties?.[key]?.reported;
    const value = numeric(reported?.value);
    const series = state.series.get(key);
    if (!series || value === null) continue;
    const t = Date.parse(reported.timestamp);
    if (Number.isNaN(t) || (series.length && series[series.length - 1].t >= t)) continue;
    series.push({ t, v: value });
    draw(figure, series);
  }
}

async function load(device, section = document.querySelector('[data-testid="charts"]')) {
  if (!section) return;
  const request = ++state.request;
  const to = new Date();
  const from = new Date(to.getTime() - Ranges[state.range]);
  const query = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const base = devicePath(store.home.id, device.id);
  await Promise.all([...section.querySelectorAll('figure.chart[data-key]')].map(async (figure) => {
    let answer;
    try {
      answer = await api(`${base}/history?property=${encodeURIComponent(figure.dataset.key)}&${query}`);
    } catch {
      figure.querySelector('.plot').replaceChildren(h('p', { class: 'muted' }, 'History unavailable.'));
      return;
    }
    if (request !== state.request) return;
    const series = (answer.points ?? []).map((p) => ({ t: Date.parse(p.time), v: numeric(p.value ?? p.mean) })).filter((p) => p.v !== null);
    state.series.set(figure.dataset.key, series);
    draw(figure, series);
  }));
  const energy = section.querySelector('figure.energy');
  if (energy) {
    try {
      drawEnergy(energy, (await api(`${base}/energy?days=7`)).days ?? []);
    } catch {
      energy.querySelector('.plot').replaceChildren(h('p', { class: 'muted' }, 'Energy unavailable.'));
    }
  }
}

function numeric(value) {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

function draw(figure, series) {
  figure.dataset.points = String(series.length);
  const plot = figure.querySelector('.plot');
  if (series.length === 0) {
    plot.replaceChildren(h('p', { class: 'muted' }, 'No readings in this range yet.'));
    return;
  }
  const end = Date.now();
  const start = end - Ranges[state.range];
  const values = series.map((p) => p.v);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (t) => (((Math.max(t, start) - start) / (end - start)) * Width).toFixed(1);
  const y = (v) => (Height - 4 - ((v - min) / span) * (Height - 8)).toFixed(1);
  const line = series.map((p) => `${x(p.t)},${y(p.v)}`).join(' ');
  plot.replaceChildren(svg('svg', { viewBox: `0 0 ${Width} ${Height}`, class: 'line-chart', role: 'img',
    'aria-label': `${series.length} readings from ${min} to ${max}, last ${values[values.length - 1]}` },
    svg('polyline', { points: series.length === 1 ? `${line} ${line}` : line, class: 'line' }),
    series.length === 1 ? svg('circle', { cx: x(series[0].t), cy: y(series[0].v), r: 2, class: 'dot' }) : null),
    h('p', { class: 'muted range-label' }, `min ${min} · max ${max} · last ${values[values.length - 1]}`));
}

function drawEnergy(figure, days) {
  const max = Math.max(0.001, ...days.map((d) => d.energy ?? 0));
  const width = Width / Math.max(days.length, 1);
  figure.dataset.days = String(days.filter((d) => d.energy !== undefined && d.energy !== null).length);
  figure.querySelector('.plot').replaceChildren(svg('svg', { viewBox: `0 0 ${Width} ${Height + 14}`, class: 'bar-chart', role: 'img',
    'aria-label': days.map((d) => `${d.date}: ${d.energy ?? 0} kWh`).join(', ') },
    ...days.flatMap((d, i) => {
      const height = ((d.energy ?? 0) / max) * Height;
      return [svg('rect', { x: (i * width + 2).toFixed(1), y: (Height - height).toFixed(1), width: (width - 4).toFixed(1), height: height.toFixed(1), class: 'bar' }),
        svg('text', { x: (i * width + width / 2).toFixed(1), y: Height + 12, class: 'bar-label' }, document.createTextNode(d.date.slice(5)))];
    })));
}
