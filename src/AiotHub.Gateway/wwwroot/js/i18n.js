// English and Chinese (zh-CN) for the whole app: the language, words, profile names, numbers, units and dates.
//
// Why the two languages sit side by side at each call site — tr('Turn on', '打开') — instead of keys into a
// catalogue: the app has exactly two languages and a few hundred strings; a pair in place cannot miss a translation,
// needs no key naming, no lookup file that drifts from the code, and reads as what the user sees. A third language
// would move the pairs into per-module catalogues; docs/app.md says so.
//
// The language is the one chosen in the app (kept in localStorage), else the browser's first preferred language
// (zh-* → Chinese, anything else → English). Changing it dispatches 'aiothub:language' on window; the app
// renders the current page again.

const Key = 'aiothub.language';
export const Languages = [{ id: 'en', name: 'English' }, { id: 'zh', name: '中文' }];

function initial() {
  const chosen = readChosen();
  if (chosen) return chosen;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
  return String(preferred[0] ?? 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function readChosen() {
  try {
    const value = localStorage.getItem(Key);
    return value === 'en' || value === 'zh' ? value : null;
  } catch {
    return null; // storage disabled: follow the browser
  }
}

let current = initial();

/** 'en' or 'zh'. */
export const language = () => current;
/** The BCP 47 locale for Intl and the html lang attribute. */
export const locale = () => (current === 'zh' ? 'zh-CN' : 'en');

// After locale() exists: calling it before its declaration is a ReferenceError that stops every module importing this one.
applyToDocument();

export function setLanguage(value) {
  if (value !== 'en' && value !== 'zh' || value === current) return;
  current = value;
  try { localStorage.setItem(Key, value); } catch { /* not kept: the choice lasts this visit */ }
  applyToDocument();
  window.dispatchEvent(new CustomEvent('aiothub:language', { detail: value }));
}

function applyToDocument() {
  document.documentElement.lang = locale();
}

/** The text in the current language: tr('Turn on', '打开'). */
export const tr = (en, zh) => (current === 'zh' ? zh : en);

/**
 * A profile's per-language text (its optional "names" or "descriptions" object, docs/device-profiles.md): the
 * current language, then English, then the fallback (the profile's plain description or the member's name).
 */
export function pick(texts, fallback) {
  if (texts && typeof texts === 'object') {
    const text = texts[current] ?? texts.en;
    if (typeof text === 'string' && text.trim()) return text;
  }
  return fallback ?? '';
}

// Unit words by the profile's unit (MIoT-Spec-V2 unit names), per language.
const UnitWords = {
  percentage: ['%', '%'], celsius: ['°C', '°C'], fahrenheit: ['°F', '°F'], kelvin: ['K', 'K'],
  seconds: ['s', '秒'], minutes: ['min', '分钟'], hours: ['h', '小时'], days: ['d', '天'],
  watt: ['W', 'W'], 'kilowatt-hour': ['kWh', '千瓦时'], volt: ['V', 'V'], ampere: ['A', 'A'], lux: ['lx', 'lx'],
  rpm: ['rpm', '转/分'], ppm: ['ppm', 'ppm'], 'μg/m3': ['µg/m³', '微克/立方米'], pascal: ['Pa', 'Pa'], metre: ['m', '米'],
};

/** The short unit to print after a number ('' for none or an unknown unit). */
export function unitText(unit) {
  if (!unit || unit === 'none') return '';
  const words = UnitWords[unit];
  return words ? words[current === 'zh' ? 1 : 0] : String(unit);
}

// Digits after the decimal point that a step implies: 1 → 0, 0.5 → 1, 0.01 → 2; no step → at most 2.
function decimalsOf(step) {
  if (typeof step !== 'number' || !(step > 0) || !Number.isFinite(step)) return null;
  const text = String(step);
  if (text.includes('e-')) return Math.min(6, Number(text.split('e-')[1]));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

const formats = new Map();
function numberFormat(minimum, maximum) {
  const key = `${current}:${minimum}:${maximum}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number as people read it: rounded to the profile's step (23.599999999999998 with step 0.1 → "23.6"), at most
 * two decimals without a step, grouped by the locale.
 */
export function formatNumber(value, step) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  const decimals = decimalsOf(step);
  return decimals === null ? numberFormat(0, 2).format(value) : numberFormat(decimals, decimals).format(value);
}

/** A number with its unit: "23.6 °C", "60%", "1.25 kWh" / "1.25 千瓦时". */
export function formatQuantity(value, unit, step) {
  const number = formatNumber(value, step);
  const text = unitText(unit);
  if (!text) return number;
  return text === '%' || text.startsWith('°') ? `${number}${text === '%' ? '' : ' '}${text}` : `${number} ${text}`;
}

/** Date and time in the current locale ('' for nothing, the input itself when it is not a date). */
export function formatDateTime(iso, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  if (!iso) return '';
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : new Intl.DateTimeFormat(locale(), options).format(date);
}

/** Time of day in the current locale: "14:05" / "2:05 PM". */
export const formatClock = (iso) => formatDateTime(iso, { timeStyle: 'short' });
