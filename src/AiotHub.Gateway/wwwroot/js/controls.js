// Controls derived from a device's profile (docs/device-profiles.md): a switch for a writable
// bool, a slider for a writable number with a value-range, a select for a value-list, and a
// button for each action that needs no arguments. The profile is as GET /api/v1/profiles/{model}
// serializes it: services[].properties[] with value {format, unit, range, list} and canWrite,
// services[].actions[] with in[] (each optional or not).
import { h } from './dom.js';
import { pendingState } from './store.js';

const NumberFormats = new Set(['uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float', 'double', 'number', 'integer']);
const Units = { percentage: '%', kelvin: 'K', celsius: '°C', fahrenheit: '°F', seconds: 's', minutes: 'min', watt: 'W', 'kilowatt-hour': 'kWh', volt: 'V', ampere: 'A', lux: 'lx', rpm: 'rpm', 'ppm': 'ppm' };

export function propertiesOf(profile) {
  const result = [];
  for (const service of profile?.services ?? []) {
    for (const property of service.properties ?? []) {
      result.push({ key: `${service.name}.${property.name}`, service: service.name, name: property.name, property, value: property.value ?? {} });
    }
  }
  return result;
}

export function actionsOf(profile) {
  const result = [];
  for (const service of profile?.services ?? []) {
    for (const action of service.actions ?? []) {
      const inputs = action.in ?? [];
      result.push({ key: `${service.name}.${action.name}`, name: action.name, action, inputs, simple: inputs.every((a) => a.optional) });
    }
  }
  return result;
}

// What kind of control a property gets, or null when it is read-only or has none.
export function controlKind(entry) {
  if (!isWritable(entry.property)) return null;
  const format = entry.value.format;
  if (Array.isArray(entry.value.list) && entry.value.list.length) return 'select';
  if (format === 'bool') return 'switch';
  if (NumberFormats.has(format) && entry.value.range) return 'slider';
  return 'input';
}

const isWritable = (property) => property.canWrite ?? String(property.access ?? '').includes('write');

export function formatValue(entry, value) {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  const list = entry?.value?.list;
  if (Array.isArray(list)) {
    const item = list.find((i) => i.value === value);
    if (item) return item.description ?? String(item.value);
  }
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  const unit = Units[entry?.value?.unit] ?? '';
  if (typeof value === 'number') return unit ? `${value} ${unit}`.replace(' %', ' %') : String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const labelOf = (entry) => entry.property.description || `${entry.service} ${entry.name}`;

// One property's row: label, control (disabled when read-only), reported value and, while a command
// is on its way, the desired value marked pending.
export function propertyRow(device, entry, { disabled, onSet, showTimes = false }) {
  const state = device.properties?.[entry.key];
  const reported = state?.reported;
  const pending = pendingState(device, entry.key);
  const kind = controlKind(entry);
  const id = `c-${device.id}-${entry.key}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const current = pending && !pending.failed ? pending.value : reported?.value;
  const control = kind ? makeControl(kind, entry, id, current, disabled, onSet) : null;
  return h('div', { class: `row${pending ? ' is-pending' : ''}`, dataset: { key: entry.key, testid: `property-${entry.key}` } },
    h('label', { class: 'row-label', for: control ? id : undefined }, labelOf(entry)),
    control,
    h('span', { class: 'reported', dataset: { testid: `reported-${entry.key}` }, title: 'Reported by the device' }, formatValue(entry, reported?.value)),
    pending && h('span', { class: pending.failed ? 'pending failed' : 'pending', dataset: { testid: `pending-${entry.key}` } },
      pending.failed ? `${formatValue(entry, pending.value)} not applied (${pending.failed})` : `→ ${formatValue(entry, pending.value)} pending`),
    showTimes && h('span', { class: 'times muted' },
      reported ? `reported ${new Date(reported.timestamp).toLocaleTimeString()}` : 'never reported',
      state?.desired ? `, desired ${formatValue(entry, state.desired.value)} at ${new Date(state.desired.timestamp).toLocaleTimeString()}` : ''));
}

function makeControl(kind, entry, id, current, disabled, onSet) {
  const label = labelOf(entry);
  switch (kind) {
    case 'switch':
      return h('input', { type: 'checkbox', role: 'switch', id, class: 'switch', 'aria-label': label, checked: current === true, disabled,
        'aria-checked': String(current === true), dataset: { testid: `control-${entry.key}` },
        onchange: (e) => onSet(entry.key, e.target.checked) });
    case 'slider': {
      const { min, max, step } = entry.value.range;
      // While dragging, the value under the thumb shows as the slider's tooltip and aria-valuetext.
      const input = h('input', { type: 'range', id, min, max, step: step ?? 'any', value: current ?? min, disabled, 'aria-label': label,
        title: String(current ?? ''), dataset: { testid: `control-${entry.key}` },
        oninput: (e) => { e.target.title = e.target.value; e.target.setAttribute('aria-valuetext', formatValue(entry, Number(e.target.value))); },
        onchange: (e) => onSet(entry.key, Number(e.target.value)) });
      return h('span', { class: 'slider' }, input);
    }
    case 'select': {
      const list = entry.value.list;
      const select = h('select', { id, disabled, 'aria-label': label, dataset: { testid: `control-${entry.key}` },
        onchange: (e) => onSet(entry.key, list[Number(e.target.value)].value) },
        list.map((item, index) => h('option', { value: String(index), selected: item.value === current }, item.description ?? String(item.value))));
      if (!list.some((item) => item.value === current)) select.selectedIndex = -1;
      return select;
    }
    default: {
      const numeric = NumberFormats.has(entry.value.format);
      const input = h('input', { type: numeric ? 'number' : 'text', id, value: current ?? '', disabled, 'aria-label': label,
        dataset: { testid: `control-${entry.key}` } });
      const form = h('form', { class: 'inline-form', onsubmit: (e) => { e.preventDefault(); onSet(entry.key, numeric ? Number(input.value) : input.value); } },
        input, h('button', { type: 'submit', disabled }, 'Set'));
      return form;
    }
  }
}

export function actionButton(device, action, { disabled, onCall }) {
  return h('button', { type: 'button', class: 'action', disabled, dataset: { testid: `action-${action.key}` },
    title: action.action.description ?? '', onclick: () => onCall(action.key, undefined) }, action.action.description || action.name);
}

// An action that needs arguments: one input per argument and a submit button (device page only).
export function actionForm(device, action, { disabled, onCall }) {
  const fields = action.inputs.map((argument) => {
    const format = argument.value?.format;
    const id = `a-${device.id}-${action.key}-${argument.name}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const input = format === 'bool'
      ? h('input', { type: 'checkbox', id, name: argument.name, disabled })
      : h('input', { type: NumberFormats.has(format) ? 'number' : 'text', id, name: argument.name, required: !argument.optional, disabled });
    return { argument, input, element: h('label', { for: id, class: 'arg' }, `${argument.description || argument.name}${argument.optional ? ' (optional)' : ''}`, input) };
  });
  return h('form', { class: 'action-form', dataset: { testid: `action-${action.key}` }, onsubmit: (e) => {
    e.preventDefault();
    const values = {};
    for (const { argument, input } of fields) {
      const format = argument.value?.format;
      if (format === 'bool') values[argument.name] = input.checked;
      else if (input.value === '' && argument.optional) continue;
      else values[argument.name] = NumberFormats.has(format) ? Number(input.value) : input.value;
    }
    onCall(action.key, values);
  } }, h('strong', {}, action.action.description || action.name), fields.map((f) => f.element), h('button', { type: 'submit', disabled }, 'Run'));
}
