// Charts on a device's page, drawn with uPlot 1.6.32 (vendor/uplot; why uPlot: docs/app.md "Charts"), which is
// loaded only when a device page has something to chart. Per telemetry property: numbers as a line (each bucket's
// mean) inside a band from the buckets' min to max, bools and value lists as steps with their words on the axis; a
// time axis in local time, a value axis with the unit, a read-out of the point under the finger or pointer, and
// "now": the device's newest reported value (the twin's, never a bucket's mean). Metering plugs get energy per day in
// kWh (GET …/energy). Ranges: Auto (fits the data present: the last 24 hours, or since the first reading when that
// is younger), 1 h, 24 h, 7 d. The plots are canvas; the words (caption, unit, now, read-out, summary) are DOM, in
// both languages. No inline styles or scripts (the CSP forbids them): uPlot sizes its elements through the CSSOM.
import { h } from './dom.js';
import { api, devicePath } from './api.js';
import { store } from './store.js';
import { tr, pick, language, locale, formatNumber, formatQuantity, unitText, formatDateTime } from './i18n.js';

const Minute = 60_000;
const Hour = 60 * Minute;
const Ranges = [
  { id: 'auto', span: 24 * Hour, label: () => tr('Auto', '自动') },
  { id: '1h', span: Hour, label: () => tr('1 h', '1小时') },
  { id: '24h', span: 24 * Hour, label: () => tr('24 h', '24小时') },
  { id: '7d', span: 7 * 24 * Hour, label: () => tr('7 d', '7天') },
];
const EnergyKey = 'power-consumption.power-consumption';
const EnergyDays = 7;
const PlotHeight = 150;
const Font = '11px system-ui, sans-serif';

// One state per device page: its range and its charts (key → chart), and the request that is current.
let state = null;
let library = null;

/** uPlot and its stylesheet, fetched the first time a chart is drawn. */
function loadLibrary() {
  library ??= Promise.all([import('../vendor/uplot/uPlot.mjs'), stylesheet('/vendor/uplot/uPlot.min.css')]).then(([module]) => module.default);
  return library;
}

function stylesheet(href) {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = h('link', { rel: 'stylesheet', href });
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve); // unstyled but still drawn: the canvas does not need it
    document.head.append(link);
  });
}

/** The telemetry properties a device page charts: numbers, bools and value lists (not text). */
export function chartedProperties(profile) {
  const result = [];
  for (const service of profile?.services ?? []) {
    for (const property of service.properties ?? []) {
      const value = property.value ?? {};
      if (!property.telemetry || value.format === 'string') continue;
      const list = Array.isArray(value.list) && value.list.length ? value.list : null;
      result.push({
        key: `${service.name}.${property.name}`,
        name: pick(property.descriptions, property.description ?? property.name),
        unit: value.unit, step: value.range?.step, floor: value.range?.min, list,
        kind: list ? 'list' : value.format === 'bool' ? 'bool' : 'number',
      });
    }
  }
  return result;
}

/**
 * The charts section for a device page, or null (nothing to chart, or a guest, who may not read history). The section
 * already on the page is kept (a live change adds its point) unless the language changed since it was drawn.
 */
export function deviceCharts(device, profile, shown) {
  if (shown && shown.dataset.language === language() && state?.deviceId === device.id) {
    addLiveValues(device);
    return shown;
  }
  return chartsSection(device, profile);
}

function chartsSection(device, profile) {
  const meters = chartedProperties(profile).some((p) => p.key === EnergyKey);
  // The counter's own line would only climb: its chart is the energy per day.
  const charted = chartedProperties(profile).filter((p) => !(meters && p.key === EnergyKey));
  if (store.role === 'guest' || (charted.length === 0 && !meters)) return null;
  const range = state?.deviceId === device.id ? state.range : 'auto';
  for (const chart of state?.charts.values() ?? []) chart.plot?.destroy();
  state = { deviceId: device.id, range, charts: new Map(), request: 0, view: null, energyTimer: 0 };

  const buttons = Ranges.map((r) => h('button', {
    type: 'button', class: 'range', 'aria-pressed': String(r.id === state.range), dataset: { range: r.id },
    onclick: () => {
      state.range = r.id;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.range === r.id));
      load(device);
    },
  }, r.label()));
  const figures = charted.map((spec) => {
    const chart = newChart(spec, spec.key);
    state.charts.set(spec.key, chart);
    return chart.figure;
  });
  if (meters) {
    const chart = newChart({ key: EnergyKey, name: tr('Energy per day', '每日用电'), unit: 'kilowatt-hour', step: 0.01, kind: 'energy' }, 'energy');
    state.charts.set('energy', chart);
    figures.push(chart.figure);
  }
  const section = h('section', { class: 'card charts', 'aria-labelledby': 'charts-title', dataset: { testid: 'charts', language: language() } },
    h('h2', { id: 'charts-title' }, tr('History', '历史记录')),
    h('div', { class: 'ranges', role: 'group', 'aria-label': tr('Range', '时间范围') }, buttons),
    h('p', { class: 'muted range-label', dataset: { testid: 'range-label' } }),
    figures);
  for (const chart of state.charts.values()) showNow(chart, device);
  new ResizeObserver(() => resize()).observe(section);
  load(device, section);
  return section;
}

function newChart(spec, testid) {
  const caption = h('figcaption', {}, h('span', { class: 'chart-name' }, spec.name), h('span', { class: 'chart-now', dataset: { testid: 'now' } }));
  const figure = h('figure', { class: `chart${spec.kind === 'energy' ? ' energy' : ''}`, dataset: { testid: testid === 'energy' ? 'energy' : `chart-${spec.key}`, key: spec.key, points: '0' } },
    caption,
    h('div', { class: 'axis-unit', dataset: { testid: 'axis-unit' }, 'aria-hidden': 'true' }, axisUnit(spec)),
    h('div', { class: 'plot', role: 'img', 'aria-label': `${spec.name}: ${tr('loading', '加载中')}` }),
    h('p', { class: 'readout', 'aria-live': 'polite', dataset: { testid: 'readout' } }),
    h('p', { class: 'muted summary', dataset: { testid: 'summary' } }));
  return { spec, figure, plot: null, data: null, ticks: { x: [], y: [] } };
}

// The value axis's title: the unit, or what the steps mean.
function axisUnit(spec) {
  if (spec.kind !== 'number' && spec.kind !== 'energy') return '';
  return unitText(energyUnit(spec.unit));
}

// Profiles write the energy counter's unit as "kWh" or MIoT's "kilowatt-hour": one word for both.
const energyUnit = (unit) => (unit === 'kWh' ? 'kilowatt-hour' : unit);

/** A value as the user reads it: by the profile's step and unit; bools as on/off; list values by their words. */
function valueText(spec, value) {
  if (value === null || value === undefined) return '—';
  if (spec.kind === 'bool') return value >= 0.5 ? tr('On', '开') : tr('Off', '关');
  if (spec.kind === 'list') {
    const item = spec.list.find((i) => i.value === value);
    return item ? pick(item.descriptions, item.description ?? String(item.value)) : formatNumber(value);
  }
  return formatQuantity(value, energyUnit(spec.unit), spec.step);
}

// "Now": the device's newest reported value from its twin (what the properties list shows too).
function showNow(chart, device) {
  if (chart.spec.kind === 'energy') {
    chart.counterTime = device.properties?.[EnergyKey]?.reported?.timestamp;
    return;
  }
  const reported = device.properties?.[chart.spec.key]?.reported;
  const value = numeric(reported?.value);
  const now = chart.figure.querySelector('.chart-now');
  now.textContent = value === null ? '' : `${tr('Now', '当前')} ${valueText(chart.spec, value)}`;
  now.dataset.value = value === null ? '' : String(reported.value);
}

/** A live report: "now" follows the twin, and a reading newer than the chart's last point is appended to it. */
export function addLiveValues(device) {
  if (!state || state.deviceId !== device.id) return;
  for (const chart of state.charts.values()) {
    if (chart.spec.kind === 'energy') {
      const reported = device.properties?.[EnergyKey]?.reported;
      if (reported && reported.timestamp !== chart.counterTime) {
        chart.counterTime = reported.timestamp;
        // The counter rose: today's bar follows, at most every few seconds.
        clearTimeout(state.energyTimer);
        state.energyTimer = setTimeout(() => loadEnergy(device, chart, state.request), 3000);
      }
      continue;
    }
    showNow(chart, device);
    const reported = device.properties?.[chart.spec.key]?.reported;
    const value = numeric(reported?.value);
    const t = Date.parse(reported?.timestamp ?? '') / 1000;
    const data = chart.data;
    if (!data || value === null || Number.isNaN(t)) continue;
    // A step chart's last point may be its state "held until now", not a reading.
    const readings = data.t.length - (data.extended ? 1 : 0);
    if (readings > 0 && t <= data.t[readings - 1]) continue;
    if (data.extended) {
      for (const column of [data.t, data.v, data.lo, data.hi]) column.pop();
      data.extended = false;
    }
    data.t.push(t); data.v.push(value); data.lo.push(null); data.hi.push(null);
    state.view.to = Math.max(state.view.to, Date.now());
    draw(chart);
  }
}

async function load(device, section = document.querySelector('[data-testid="charts"]')) {
  if (!section || !state) return;
  const request = ++state.request;
  const range = Ranges.find((r) => r.id === state.range);
  const to = Date.now();
  let from = to - range.span;
  const lines = [...state.charts.values()].filter((c) => c.spec.kind !== 'energy');
  const energy = state.charts.get('energy');
  if (energy) loadEnergy(device, energy, request);
  let answers = await Promise.all(lines.map((chart) => history(device, chart, from, to)));
  if (request !== state.request) return;
  if (range.id === 'auto') {
    // Fresh data would be a sliver at the right of 24 hours: the range starts a little before the first reading
    // (at least 2 minutes shown), asked again so the hub answers raw readings or fine buckets for it.
    const first = Math.min(...answers.flatMap((a) => (a?.t.length ? [a.t[0] * 1000] : [])));
    if (Number.isFinite(first) && first > from + 5 * Minute) {
      from = Math.min(to - 2 * Minute, first - Math.max(10_000, (to - first) * 0.04));
      answers = await Promise.all(lines.map((chart) => history(device, chart, from, to)));
      if (request !== state.request) return;
    }
  }
  state.view = { from, to };
  section.querySelector('[data-testid="range-label"]').textContent =
    `${rangeText(range, from, to)} · ${tr('touch a chart to read its values', '触摸图表查看数值')}`;
  const uPlot = await loadLibrary();
  if (request !== state.request) return;
  lines.forEach((chart, i) => {
    chart.data = answers[i];
    if (chart.data) extendSteps(chart, device);
    draw(chart, uPlot);
  });
}

function rangeText(range, from, to) {
  if (range.id === 'auto' && to - from < range.span) {
    const since = formatDateTime(new Date(from), to - from < 20 * Hour ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
    return tr(`Since ${since}`, `自 ${since} 起`);
  }
  if (range.span === Hour) return tr('Last hour', '最近1小时');
  if (range.span === 24 * Hour) return tr('Last 24 hours', '最近24小时');
  return tr('Last 7 days', '最近7天');
}

// A property's series over [from, to): raw readings ({time, value}) or buckets ({time, min, max, mean, last}) as
// columns in seconds; null when the hub could not answer (the figure says so).
async function history(device, chart, from, to) {
  const query = `property=${encodeURIComponent(chart.spec.key)}&from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
  let answer;
  try {
    answer = await api(`${devicePath(store.home.id, device.id)}/history?${query}`);
  } catch {
    return null;
  }
  const data = { t: [], v: [], lo: [], hi: [], buckets: !!answer.step, extended: false };
  for (const point of answer.points ?? []) {
    const bucket = point.value === undefined;
    // A bucket's line is its mean for numbers; for states, the state it ended in.
    const value = numeric(bucket ? (chart.spec.kind === 'number' ? point.mean : point.last) : point.value);
    if (value === null) continue;
    data.t.push(Date.parse(point.time) / 1000);
    data.v.push(value);
    data.lo.push(bucket && chart.spec.kind === 'number' ? point.min : null);
    data.hi.push(bucket && chart.spec.kind === 'number' ? point.max : null);
  }
  return data;
}

// A state holds until it changes: the steps run on to now with the device's current state.
function extendSteps(chart, device) {
  const data = chart.data;
  if (chart.spec.kind === 'number' || !data.t.length) return;
  const value = numeric(device.properties?.[chart.spec.key]?.reported?.value);
  const now = Math.min(Date.now(), state.view.to) / 1000;
  if (value === null || now <= data.t[data.t.length - 1]) return;
  data.t.push(now); data.v.push(value); data.lo.push(null); data.hi.push(null);
  data.extended = true;
}

function numeric(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

// The app's colours (light or dark) for the canvas, which cannot read CSS.
function colours() {
  const css = getComputedStyle(document.documentElement);
  const read = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const accent = read('--accent', '#2463eb');
  return { accent, band: withAlpha(accent, 0.2), text: read('--muted', '#62666f'), grid: read('--border', '#d9dce1') };
}

function withAlpha(hex, alpha) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})` : 'rgba(36, 99, 235, 0.2)';
}

// Tick spacings that are whole multiples of the property's step (a whole-number property never gets 87.5).
function stepIncrements(step) {
  const result = [];
  for (let scale = 1; scale <= 1e7; scale *= 10) for (const m of [1, 2, 5]) result.push(Number((step * m * scale).toPrecision(6)));
  return result;
}

// A tick increment as a step for formatNumber: 0.30000000000000004 → 0.3, so ticks never print long floats.
const tickStep = (increment) => (increment > 0 ? Number(increment.toPrecision(6)) : undefined);

const timeFormats = new Map();
function timeFormat(options) {
  const key = `${locale()} ${JSON.stringify(options)}`;
  if (!timeFormats.has(key)) timeFormats.set(key, new Intl.DateTimeFormat(locale(), options));
  return timeFormats.get(key);
}

// The time axis: times of day over up to a day and a half, dates beyond.
function timeTick(seconds, span) {
  const date = new Date(seconds * 1000);
  return span <= 36 * Hour
    ? timeFormat({ hour: 'numeric', minute: '2-digit' }).format(date)
    : timeFormat({ month: 'numeric', day: 'numeric' }).format(date);
}

const axisWidth = (labels) => Math.max(28, 12 + 6.5 * Math.max(0, ...(labels ?? []).map((l) => String(l).length)));

function draw(chart, uPlot = chart.uPlot) {
  chart.uPlot = uPlot;
  const { figure, spec, data } = chart;
  const plot = figure.querySelector('.plot');
  chart.plot?.destroy();
  chart.plot = null;
  figure.dataset.points = String(data?.t.length ?? 0);
  figure.querySelector('.readout').textContent = '';
  if (!data) {
    plot.replaceChildren(h('p', { class: 'muted' }, tr('History unavailable.', '历史记录暂不可用。')));
    plot.setAttribute('aria-label', tr('History unavailable', '历史记录暂不可用'));
    figure.querySelector('.summary').textContent = '';
    return;
  }
  if (data.t.length === 0) {
    plot.replaceChildren(h('p', { class: 'muted' }, tr('No readings in this range yet.', '这段时间还没有读数。')));
    plot.setAttribute('aria-label', tr('No readings', '没有读数'));
    figure.querySelector('.summary').textContent = '';
    return;
  }
  plot.replaceChildren();
  const c = colours();
  const view = state.view;
  const span = view.to - view.from;
  const band = data.lo.some((v) => v !== null);
  const steps = spec.kind !== 'number';
  const choices = spec.kind === 'bool' ? [0, 1] : spec.kind === 'list' ? spec.list.map((i) => i.value).filter((v) => typeof v === 'number') : null;
  const series = [{}, {
    stroke: c.accent, width: 2, spanGaps: true,
    paths: steps ? uPlot.paths.stepped({ align: 1 }) : undefined,
    points: { size: 6, fill: c.accent, stroke: c.accent },
  }];
  const columns = [data.t, data.v];
  if (band) {
    series.push({ stroke: 'transparent', width: 0, points: { show: false } }, { stroke: 'transparent', width: 0, points: { show: false } });
    columns.push(data.lo, data.hi);
  }
  const yAxis = {
    stroke: c.text, font: Font, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1, size: 4 },
    values: (u, splits, axis, space, increment) => (chart.ticks.y = splits.map((v) => (choices ? valueText(spec, v) : formatNumber(v, tickStep(increment))))),
    size: (u, values) => axisWidth(values),
  };
  if (choices) yAxis.splits = () => choices;
  else if (spec.step > 0) yAxis.incrs = stepIncrements(spec.step);
  const options = {
    width: plotWidth(plot), height: PlotHeight, padding: [10, 12, 0, 0],
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, y: false, points: { size: 8 } },
    scales: {
      x: { time: true, range: () => [view.from / 1000, Math.max(view.to, Date.now()) / 1000] },
      y: choices ? { range: () => [Math.min(...choices) - 0.3, Math.max(...choices) + 0.3] } : { range: (u, min, max) => valueRange(min, max, spec.floor) },
    },
    axes: [{
      stroke: c.text, font: Font, space: 64, size: 32, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1, size: 4 },
      values: (u, splits) => (chart.ticks.x = splits.map((s) => timeTick(s, span))),
    }, yAxis],
    series,
    bands: band ? [{ series: [3, 2], fill: c.band }] : [],
    hooks: {
      setCursor: [(u) => readout(chart, u.cursor.idx)],
      draw: [() => recordTicks(chart)],
    },
  };
  chart.plot = new uPlot(options, columns, plot);
  plot.setAttribute('aria-label', summaryText(chart, true));
  figure.querySelector('.summary').textContent = summaryText(chart, false);
}

// Some room above and below the readings (a flat line gets its own), never below what the property can be (0 W).
function valueRange(min, max, floor) {
  if (min === null || max === null) return [0, 1];
  const pad = max > min ? (max - min) * 0.08 : Math.max(Math.abs(max) * 0.05, 0.5);
  const low = typeof floor === 'number' && min >= floor ? Math.max(floor, min - pad) : min - pad;
  return [low, max + pad];
}

function plotWidth(plot) {
  return Math.max(200, Math.floor(plot.clientWidth || plot.parentElement?.clientWidth || 320));
}

function resize() {
  for (const chart of state?.charts.values() ?? []) {
    const plot = chart.figure.querySelector('.plot');
    if (chart.plot && chart.plot.width !== plotWidth(plot)) chart.plot.setSize({ width: plotWidth(plot), height: PlotHeight });
  }
}

// What the axes say, kept on the figure for the browser tests (the canvas has no text to read).
function recordTicks(chart) {
  chart.figure.dataset.xTicks = chart.ticks.x.join('|');
  chart.figure.dataset.yTicks = chart.ticks.y.join('|');
}

function readout(chart, index) {
  const target = chart.figure.querySelector('.readout');
  const data = chart.data;
  if (index === null || index === undefined || !data || index >= data.t.length) {
    target.textContent = '';
    return;
  }
  const { spec } = chart;
  if (spec.kind === 'energy') {
    target.textContent = `${data.labels[index]}: ${data.v[index] === null ? tr('no readings', '没有读数') : valueText(spec, data.v[index])}`;
    return;
  }
  const when = formatDateTime(new Date(data.t[index] * 1000), { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  const spread = data.lo[index] !== null && data.hi[index] !== null && data.hi[index] > data.lo[index]
    ? ` (${valueText(spec, data.lo[index])} – ${valueText(spec, data.hi[index])})` : '';
  const held = data.extended && index === data.t.length - 1 ? ` ${tr('(now)', '(当前)')}` : '';
  target.textContent = `${when}: ${valueText(spec, data.v[index])}${spread}${held}`;
}

function summaryText(chart, full) {
  const { spec, data } = chart;
  const count = data.t.length - (data.extended ? 1 : 0);
  const readings = data.buckets ? tr(`${count} intervals`, `${count} 个时段`) : tr(`${count} readings`, `${count} 个读数`);
  if (spec.kind !== 'number') return full ? `${spec.name}: ${readings}` : '';
  const lows = data.t.map((_, i) => data.lo[i] ?? data.v[i]);
  const highs = data.t.map((_, i) => data.hi[i] ?? data.v[i]);
  const text = `${tr('Lowest', '最低')} ${valueText(spec, Math.min(...lows))} · ${tr('highest', '最高')} ${valueText(spec, Math.max(...highs))}`;
  return full ? `${spec.name}: ${readings}, ${text}` : text;
}

// Energy per local day: bars in kWh, today's total and the week's in words.
async function loadEnergy(device, chart, request) {
  let answer;
  try {
    answer = await api(`${devicePath(store.home.id, device.id)}/energy?days=${EnergyDays}`);
  } catch {
    answer = null;
  }
  const uPlot = await loadLibrary();
  if (!state || request !== state.request) return;
  chart.uPlot = uPlot;
  drawEnergy(chart, answer, uPlot);
}

function drawEnergy(chart, answer, uPlot) {
  const { figure, spec } = chart;
  const plot = figure.querySelector('.plot');
  chart.plot?.destroy();
  chart.plot = null;
  if (!answer) {
    plot.replaceChildren(h('p', { class: 'muted' }, tr('Energy unavailable.', '用电数据暂不可用。')));
    return;
  }
  spec.unit = energyUnit(answer.unit);
  const days = answer.days ?? [];
  const dayFormat = timeFormat({ weekday: 'short' });
  const longFormat = timeFormat({ weekday: 'short', month: 'short', day: 'numeric' });
  const dateOf = (text) => { const [y, m, d] = text.split('-').map(Number); return new Date(y, m - 1, d); };
  const data = {
    t: days.map((_, i) => i),
    v: days.map((d) => (typeof d.energy === 'number' ? d.energy : null)),
    labels: days.map((d) => longFormat.format(dateOf(d.date))),
    short: days.map((d, i) => (i === days.length - 1 ? tr('Today', '今天') : dayFormat.format(dateOf(d.date)))),
    lo: [], hi: [],
  };
  chart.data = data;
  figure.dataset.days = String(data.v.filter((v) => v !== null).length);
  const today = data.v[data.v.length - 1];
  const week = data.v.reduce((sum, v) => sum + (v ?? 0), 0);
  figure.querySelector('.chart-now').textContent = `${tr('Today', '今日用电')} ${valueText(spec, today ?? 0)}`;
  figure.querySelector('.summary').textContent = tr(`${days.length} days: ${valueText(spec, week)}`, `${days.length}天共 ${valueText(spec, week)}`);
  plot.setAttribute('aria-label', data.labels.map((label, i) => `${label}: ${data.v[i] === null ? tr('no readings', '没有读数') : valueText(spec, data.v[i])}`).join(', '));
  plot.replaceChildren();
  const c = colours();
  const max = Math.max(0, ...data.v.map((v) => v ?? 0));
  chart.plot = new uPlot({
    width: plotWidth(plot), height: PlotHeight, padding: [10, 12, 0, 0],
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, y: false, points: { show: false } },
    scales: { x: { time: false, range: () => [-0.5, days.length - 0.5] }, y: { range: () => [0, max > 0 ? max * 1.15 : 0.1] } },
    axes: [{
      stroke: c.text, font: Font, size: 32, grid: { show: false }, ticks: { stroke: c.grid, width: 1, size: 4 },
      splits: () => data.t, values: (u, splits) => (chart.ticks.x = splits.map((i) => data.short[i] ?? '')),
    }, {
      stroke: c.text, font: Font, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1, size: 4 },
      values: (u, splits, axis, space, increment) => (chart.ticks.y = splits.map((v) => formatNumber(v, tickStep(increment)))),
      size: (u, values) => axisWidth(values),
    }],
    series: [{}, { fill: c.accent, stroke: c.accent, width: 0, paths: uPlot.paths.bars({ size: [0.6, 40] }), points: { show: false } }],
    hooks: { setCursor: [(u) => readout(chart, u.cursor.idx)], draw: [() => recordTicks(chart)] },
  }, [data.t, data.v], plot);
}
