// Controls derived from a device's profile (docs/device-profiles.md): a switch for a writable
// bool, a slider for a writable number with a value-range, a select for a value-list, and a
// button for each action that needs no arguments. The profile is as GET /api/v1/profiles/{model}
// serializes it: services[].properties[] with value {format, unit, range, list} and canWrite,
// services[].actions[] with in[] (each optional or not).
import { h } from './dom.js';
import { pendingState } from './store.js';
import { tr, pick, formatQuantity, formatClock } from './i18n.js';

export const NumberFormats = new Set(['uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float', 'double', 'number', 'integer']);

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

// A value as the user reads it: a value-list item's text in the app's language, On/Off, a number rounded to the
// profile's step with its unit ("23.6 °C", "35%"), a colour as #RRGGBB.
export function formatValue(entry, value) {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  const list = entry?.value?.list;
  if (Array.isArray(list)) {
    const item = list.find((i) => i.value === value);
    if (item) return pick(item.descriptions, item.description ?? String(item.value));
  }
  if (typeof value === 'boolean') return value ? tr('On', '开') : tr('Off', '关');
  if (typeof value === 'number') {
    if (entry?.value?.unit === 'rgb') return `#${Math.max(0, Math.min(0xffffff, Math.round(value))).toString(16).padStart(6, '0').toUpperCase()}`;
    return formatQuantity(value, entry?.value?.unit, entry?.value?.range?.step);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// The property's name in the app's language (the profile's "descriptions"), else its description or name.
export const labelOf = (entry) => pick(entry.property.descriptions, entry.property.description || `${entry.service} ${entry.name}`);

// What a pending or refused desired value says beside the reported one.
export const pendingText = (entry, pending) => (pending.failed
  ? tr(`${formatValue(entry, pending.value)} not applied (${pending.failed})`, `${formatValue(entry, pending.value)} 未生效（${pending.failed}）`)
  : tr(`→ ${formatValue(entry, pending.value)} pending`, `→ ${formatValue(entry, pending.value)} 等待设备确认`));

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
    h('span', { class: 'reported', dataset: { testid: `reported-${entry.key}` }, title: tr('Reported by the device', '设备上报的值') }, formatValue(entry, reported?.value)),
    pending && h('span', { class: pending.failed ? 'pending failed' : 'pending', dataset: { testid: `pending-${entry.key}` } },
      pendingText(entry, pending)),
    showTimes && h('span', { class: 'times muted' },
      reported ? tr(`reported ${formatClock(reported.timestamp)}`, `${formatClock(reported.timestamp)} 上报`) : tr('never reported', '从未上报'),
      state?.desired ? tr(`, desired ${formatValue(entry, state.desired.value)} at ${formatClock(state.desired.timestamp)}`, `，期望值 ${formatValue(entry, state.desired.value)}（${formatClock(state.desired.timestamp)}）`) : ''));
}

export function makeControl(kind, entry, id, current, disabled, onSet) {
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
        list.map((item, index) => h('option', { value: String(index), selected: item.value === current }, pick(item.descriptions, item.description ?? String(item.value)))));
      if (!list.some((item) => item.value === current)) select.selectedIndex = -1;
      return select;
    }
    default: {
      const numeric = NumberFormats.has(entry.value.format);
      const input = h('input', { type: numeric ? 'number' : 'text', id, value: current ?? '', disabled, 'aria-label': label,
        dataset: { testid: `control-${entry.key}` } });
      const form = h('form', { class: 'inline-form', onsubmit: (e) => { e.preventDefault(); onSet(entry.key, numeric ? Number(input.value) : input.value); } },
        input, h('button', { type: 'submit', disabled }, tr('Set', '设置')));
      return form;
    }
  }
}

// The action's name in the app's language.
export const actionLabel = (action) => pick(action.action.descriptions, action.action.description || action.name);

export function actionButton(device, action, { disabled, onCall }) {
  return h('button', { type: 'button', class: 'action', disabled, dataset: { testid: `action-${action.key}` },
    title: tr(action.action.description ?? '', actionLabel(action)), onclick: () => onCall(action.key, undefined) }, actionLabel(action));
}

// An action that needs arguments: one input per argument and a submit button (device page only).
export function actionForm(device, action, { disabled, onCall }) {
  const fields = action.inputs.map((argument) => {
    const format = argument.value?.format;
    const id = `a-${device.id}-${action.key}-${argument.name}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const input = format === 'bool'
      ? h('input', { type: 'checkbox', id, name: argument.name, disabled })
      : h('input', { type: NumberFormats.has(format) ? 'number' : 'text', id, name: argument.name, required: !argument.optional, disabled });
    return { argument, input, element: h('label', { for: id, class: 'arg' },
      `${pick(argument.descriptions, argument.description || argument.name)}${argument.optional ? tr(' (optional)', '（可选）') : ''}`, input) };
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
  } }, h('strong', {}, actionLabel(action)), fields.map((f) => f.element), h('button', { type: 'submit', disabled }, tr('Run', '执行')));
}
