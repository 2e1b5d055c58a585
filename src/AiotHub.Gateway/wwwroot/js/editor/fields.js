// The editors' form fields. Each writes into the definition object it was given (obj[key]) as the person types, so
// the object is always the draft; `ctx.changed()` says so (the page marks itself unsaved and asks the hub to check
// it), `ctx.rerender()` draws the form again after a change of shape (a new device, another kind). Every field has
// data-path with its JSON path, where problems/show places the hub's messages, and an id made from that path, which
// keeps the focus on it across a redraw.
import { h } from '../dom.js';
import { tr, formatNumber } from '../i18n.js';
import { pathOf } from './problems.js';
import { valueSpec, isNumberFormat, itemLabel, valueText } from './catalog.js';

let serial = 0;
const idOf = (path) => `f${(serial++).toString(36)}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`.slice(0, 120);
export const resetIds = () => { serial = 0; };

/** A labelled field: the label, the control, an optional hint; data-path for problems. */
export function field(label, control, segments, { hint, wide } = {}) {
  const id = control.id || (control.querySelector?.('input, select, textarea')?.id);
  return h('div', { class: `field${wide ? ' wide' : ''}`, dataset: { path: pathOf(segments) } },
    h('label', { for: id || undefined, class: 'field-label' }, label),
    h('div', { class: 'field-control' }, control),
    hint ? h('p', { class: 'field-hint muted' }, hint) : null);
}

function set(obj, key, value, optional) {
  if (optional && (value === '' || value === undefined || value === null)) delete obj[key];
  else obj[key] = value;
}

export function textField(ctx, obj, key, label, segments, { optional = false, placeholder, hint, type = 'text', maxlength, multiline = false } = {}) {
  const id = idOf(pathOf(segments));
  const attributes = { id, value: obj[key] ?? '', placeholder, maxlength, dataset: { key },
    oninput: (e) => { set(obj, key, e.target.value, optional); ctx.changed(); } };
  const control = multiline ? h('textarea', { ...attributes, rows: 2 }, obj[key] ?? '') : h('input', { ...attributes, type, autocomplete: 'off' });
  return field(label, control, segments, { hint });
}

export function numberField(ctx, obj, key, label, segments, { optional = true, min, max, step = 'any', hint } = {}) {
  const id = idOf(pathOf(segments));
  const control = h('input', { id, type: 'number', inputmode: 'decimal', value: obj[key] ?? '', min, max, step, dataset: { key },
    oninput: (e) => { set(obj, key, e.target.value === '' ? undefined : Number(e.target.value), optional); ctx.changed(); } });
  return field(label, control, segments, { hint });
}

/** A select over [{value, label}]; `onPick(value)` instead of a plain write when the choice reshapes the item. */
export function selectField(ctx, obj, key, label, options, segments, { optional = false, anyLabel, onPick, hint } = {}) {
  const id = idOf(pathOf(segments));
  const current = obj[key];
  const known = options.some((o) => sameValue(o.value, current));
  const control = h('select', { id, dataset: { key }, onchange: (e) => {
    const index = e.target.selectedIndex - (optional ? 1 : 0);
    const value = index < 0 ? undefined : options[index].value;
    if (onPick) onPick(value);
    else { set(obj, key, value, optional); ctx.changed(); }
  } },
  optional ? h('option', { value: '' }, anyLabel ?? tr('—', '—')) : null,
  options.map((o) => h('option', { value: optionValue(o.value), selected: sameValue(o.value, current) }, o.label)),
  // A value the list does not know (a typo in the JSON, a removed device) stays visible rather than silently changed.
  current !== undefined && !known ? h('option', { value: 'unknown', selected: true, disabled: true }, tr(`${JSON.stringify(current)} (not in the list)`, `${JSON.stringify(current)}（不在列表中）`)) : null);
  return field(label, control, segments, { hint });
}

const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
// An option's value attribute: the id or key itself for strings (readable in the page), JSON otherwise; the choice is
// read back by position, so two options may never be confused.
const optionValue = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

export function switchField(ctx, obj, key, label, segments, { defaultValue = false, onPick } = {}) {
  const id = idOf(pathOf(segments));
  const checked = obj[key] ?? defaultValue;
  const control = h('input', { id, type: 'checkbox', role: 'switch', class: 'switch', checked, dataset: { key },
    onchange: (e) => { if (onPick) onPick(e.target.checked); else { obj[key] = e.target.checked; ctx.changed(); } } });
  return field(label, control, segments);
}

/**
 * A device value by its profile's spec: a switch for a bool, a list for a value-list, a slider with its reading for
 * a number with a range, a number box otherwise, text for strings. `optional`: a list with "any" first instead (a
 * trigger's 'to' may be left open; an empty number box means any).
 */
export function valueField(ctx, obj, key, label, spec, segments, { optional = false, anyLabel } = {}) {
  const v = valueSpec(spec);
  const id = idOf(pathOf(segments));
  const write = (value) => { set(obj, key, value, optional); ctx.changed(); };
  if (v.format === 'bool' && optional) {
    return selectField(ctx, obj, key, label, [{ value: true, label: tr('On', '开') }, { value: false, label: tr('Off', '关') }], segments, { optional, anyLabel });
  }
  if (v.format === 'bool') {
    if (typeof obj[key] !== 'boolean') obj[key] = obj[key] ?? false;
    const readout = h('span', { class: 'readout' }, valueText(spec, obj[key]));
    const control = h('input', { id, type: 'checkbox', role: 'switch', class: 'switch', checked: obj[key] === true, dataset: { key },
      onchange: (e) => { write(e.target.checked); readout.textContent = valueText(spec, e.target.checked); } });
    return field(label, h('span', { class: 'value-row' }, control, readout), segments);
  }
  if (v.list) {
    // Descriptions ("Night") are accepted for a value-list and stored as written; the list shows the item either way.
    const current = obj[key];
    const item = v.list.find((i) => i.value === current || (typeof current === 'string' && String(i.description).toLowerCase() === current.toLowerCase()));
    const options = v.list.map((i) => ({ value: item && i === item ? current : i.value, label: itemLabel(i) }));
    return selectField(ctx, obj, key, label, options, segments, { optional, anyLabel });
  }
  if (isNumberFormat(v.format) && v.range && !optional) {
    const { min, max, step } = v.range;
    if (typeof obj[key] !== 'number') obj[key] = min;
    const readout = h('output', { for: id, class: 'readout' }, valueText(spec, obj[key]));
    const slider = h('input', { id, type: 'range', min, max, step: step || 'any', value: obj[key], dataset: { key },
      'aria-valuetext': valueText(spec, obj[key]),
      oninput: (e) => {
        const value = Number(e.target.value);
        readout.textContent = valueText(spec, value);
        e.target.setAttribute('aria-valuetext', valueText(spec, value));
        write(value);
      } });
    return field(label, h('span', { class: 'value-row slider' }, slider, readout), segments,
      { hint: `${formatNumber(min, step)} – ${valueText(spec, max)}` });
  }
  if (isNumberFormat(v.format)) {
    return numberField(ctx, obj, key, label, segments, { optional, min: v.range?.min, max: v.range?.max, step: v.range?.step || 'any',
      hint: v.range ? `${formatNumber(v.range.min, v.range.step)} – ${valueText(spec, v.range.max)}${optional ? tr(' · empty: any', ' · 留空：任意') : ''}` : (optional ? tr('Empty: any value', '留空：任意值') : undefined) });
  }
  return textField(ctx, obj, key, label, segments, { optional, placeholder: optional ? (anyLabel ?? '') : '' });
}

export function durationField(ctx, obj, key, label, segments, { optional = false, placeholder = '5m', negative = false } = {}) {
  return textField(ctx, obj, key, label, segments, { optional, placeholder,
    hint: negative ? tr('e.g. 30m, -1h30m (before); 0s', '例如 30m、-1h30m（提前）、0s') : tr('e.g. 30s, 5m, 1h30m, 1d', '例如 30s、5m、1h30m、1d') });
}

export function timeField(ctx, obj, key, label, segments, { optional = false } = {}) {
  return textField(ctx, obj, key, label, segments, { optional, type: 'time' });
}

export const Weekdays = [['mon', 'Mon', '一'], ['tue', 'Tue', '二'], ['wed', 'Wed', '三'], ['thu', 'Thu', '四'], ['fri', 'Fri', '五'], ['sat', 'Sat', '六'], ['sun', 'Sun', '日']];

/** Seven toggles; none chosen removes the key (every day). */
export function weekdaysField(ctx, obj, key, label, segments) {
  const chosen = new Set(Array.isArray(obj[key]) ? obj[key] : []);
  const group = h('div', { class: 'weekdays', role: 'group', 'aria-label': label, dataset: { key } },
    Weekdays.map(([day, en, zh]) => h('button', { type: 'button', class: 'day', 'aria-pressed': String(chosen.has(day)),
      'aria-label': tr(en, `星期${zh}`),
      onclick: (e) => {
        if (chosen.has(day)) chosen.delete(day); else chosen.add(day);
        e.currentTarget.setAttribute('aria-pressed', String(chosen.has(day)));
        const ordered = Weekdays.map(([d]) => d).filter((d) => chosen.has(d));
        set(obj, key, ordered.length ? ordered : undefined, true);
        ctx.changed();
      } }, tr(en, zh))));
  return field(label, group, segments, { hint: tr('None chosen: every day', '都不选：每天') });
}

/** Checkboxes over [{value, label}] into a list (device ids, trigger ids). */
export function checklistField(ctx, obj, key, label, options, segments, { optional = true } = {}) {
  const chosen = new Set(Array.isArray(obj[key]) ? obj[key] : []);
  const group = h('fieldset', { class: 'checklist', dataset: { key } }, h('legend', { class: 'visually-hidden' }, label),
    options.map((o) => {
      const id = idOf(`${pathOf(segments)}-${o.value}`);
      return h('label', { for: id, class: 'check' }, h('input', { id, type: 'checkbox', checked: chosen.has(o.value), onchange: (e) => {
        if (e.target.checked) chosen.add(o.value); else chosen.delete(o.value);
        const ordered = options.map((x) => x.value).filter((v) => chosen.has(v));
        set(obj, key, ordered.length ? ordered : (optional ? undefined : []), optional);
        ctx.changed();
      } }), o.label);
    }));
  return h('div', { class: 'field wide', dataset: { path: pathOf(segments) } }, h('span', { class: 'field-label' }, label), h('div', { class: 'field-control' }, group));
}
