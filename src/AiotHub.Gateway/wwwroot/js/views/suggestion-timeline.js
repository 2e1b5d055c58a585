// A suggestion's evidence as a small timeline: one column per day of the window (weekends shaded), the time of day
// from midnight at the top to midnight at the bottom, a dot for each time the person did it. A routine at 07:10 on
// weekdays reads as a row of dots with gaps at the weekends; a linkage after dark drifts with the sunset. Our own SVG
// (a few dozen elements; no chart library for it), in the browser's time zone, words through js/i18n.js.
import { tr, formatDateTime, formatClock } from '../i18n.js';

const svgNs = 'http://www.w3.org/2000/svg';
const Width = 360;
const Height = 132;
const Left = 40;
const Right = 6;
const Top = 9;
const Bottom = 20;
const DayMs = 86_400_000;
const MaxDays = 120;

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const startOfDay = (time) => { const d = new Date(time); d.setHours(0, 0, 0, 0); return d.getTime(); };
const minutesOfDay = (time) => { const d = new Date(time); return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60; };

/** The window the timeline shows: the replay's, else the occurrences' first day to the last (at most MaxDays days). */
export function evidenceWindow(suggestion) {
  const times = (suggestion.occurrences ?? []).map((o) => Date.parse(o.time)).filter((t) => !Number.isNaN(t));
  const from = Date.parse(suggestion.replay?.from ?? '');
  const to = Date.parse(suggestion.replay?.to ?? '');
  let start = Number.isNaN(from) ? Math.min(...times) : Math.min(from, ...times);
  const end = Number.isNaN(to) ? Math.max(...times) : Math.max(to, ...times);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  start = Math.max(startOfDay(start), startOfDay(end) - (MaxDays - 1) * DayMs);
  return { start, end, days: Math.max(1, Math.round((startOfDay(end) - start) / DayMs) + 1), times };
}

/** The typical time of day of the occurrences (the median), as a Date today, or null. */
export function typicalTime(times) {
  if (times.length === 0) return null;
  const minutes = times.map(minutesOfDay).sort((a, b) => a - b);
  const median = minutes[Math.floor(minutes.length / 2)];
  const d = new Date();
  d.setHours(Math.floor(median / 60), Math.floor(median % 60), 0, 0);
  return d;
}

/** The timeline's SVG for a suggestion, or null when it has no dated occurrences. */
export function timeline(suggestion) {
  const window = evidenceWindow(suggestion);
  if (!window) return null;
  const { start, days, times } = window;
  const plotWidth = Width - Left - Right;
  const plotHeight = Height - Top - Bottom;
  const column = plotWidth / days;
  const x = (time) => Left + Math.min(days - 1, Math.max(0, Math.floor((startOfDay(time) - start) / DayMs + 0.5))) * column + column / 2;
  const y = (time) => Top + (minutesOfDay(time) / 1440) * plotHeight;

  const figure = svg('svg', { viewBox: `0 0 ${Width} ${Height}`, class: 'evidence-timeline', role: 'img', 'data-testid': 'evidence-timeline', 'data-points': times.length });
  const typical = typicalTime(times);
  figure.setAttribute('aria-label', tr(
    `${times.length} times from ${formatDateTime(start, { dateStyle: 'medium' })} to ${formatDateTime(window.end, { dateStyle: 'medium' })}${typical ? `, typically around ${formatClock(typical)}` : ''}`,
    `${formatDateTime(start, { dateStyle: 'medium' })}至${formatDateTime(window.end, { dateStyle: 'medium' })}共 ${times.length} 次${typical ? `，通常在 ${formatClock(typical)} 左右` : ''}`));

  // Weekends shaded, so a weekday routine shows its gaps.
  for (let day = 0; day < days; day++) {
    const date = new Date(start + day * DayMs + DayMs / 2);
    if (date.getDay() === 0 || date.getDay() === 6) figure.append(svg('rect', { class: 'weekend', x: Left + day * column, y: Top, width: column, height: plotHeight }));
  }
  // Hours: midnight, 6, noon, 18, midnight ("6 AM" / "6时").
  for (const hour of [0, 6, 12, 18, 24]) {
    const at = Top + (hour / 24) * plotHeight;
    figure.append(svg('line', { class: 'grid', x1: Left, x2: Width - Right, y1: at, y2: at }));
    const label = new Date(2000, 0, 1, hour % 24, 0);
    figure.append(svg('text', { class: 'axis', x: Left - 4, y: at + 3, 'text-anchor': 'end' }, formatDateTime(label, { hour: 'numeric' })));
  }
  // Dates: the first and the last day.
  figure.append(svg('text', { class: 'axis', x: Left, y: Height - 5, 'text-anchor': 'start' }, formatDateTime(start, { month: 'short', day: 'numeric' })));
  figure.append(svg('text', { class: 'axis', x: Width - Right, y: Height - 5, 'text-anchor': 'end' }, formatDateTime(window.end, { month: 'short', day: 'numeric' })));
  for (const time of times) {
    const dot = svg('circle', { class: 'occurrence', cx: x(time).toFixed(1), cy: y(time).toFixed(1), r: Math.max(2, Math.min(4, column / 2)) });
    dot.append(svg('title', {}, formatDateTime(time, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })));
    figure.append(dot);
  }
  return figure;
}
