// The pieces every device card is built from: finding a profile's well-known members, the current value of a
// property, and small controls (a switch, a slider, a list, −/+ buttons, an action button, a reading) that carry the
// tiles' test ids (control-KEY, reported-KEY, pending-KEY, action-KEY; on the device page with the prefix "card-").
import { h } from '../dom.js';
import { pendingState } from '../store.js';
import { tr, formatQuantity } from '../i18n.js';
import { propertiesOf, actionsOf, makeControl, formatValue, labelOf, actionLabel, pendingText } from '../controls.js';
import { icon } from '../icons.js';

/** A property entry by service and name ('light', 'on'), by name alone ('*', 'on'), or null. */
export function member(profile, service, name) {
  return propertiesOf(profile).find((p) => (service === '*' || p.service === service) && p.name === name) ?? null;
}

/** The first of several [service, name] pairs the profile has. */
export function firstMember(profile, candidates) {
  for (const [service, name] of candidates) {
    const found = member(profile, service, name);
    if (found) return found;
  }
  return null;
}

export function action(profile, service, name) {
  return actionsOf(profile).find((a) => (service === '*' || a.key.startsWith(`${service}.`)) && a.name === name) ?? null;
}

export const writable = (entry) => Boolean(entry && (entry.property.canWrite ?? String(entry.property.access ?? '').includes('write')));

/** What the device reported (undefined before its first report). */
export const reportedValue = (device, entry) => (entry ? device.properties?.[entry.key]?.reported?.value : undefined);

/** What the tile shows as current: a desired value on its way, else the reported one. */
export function currentValue(device, entry) {
  if (!entry) return undefined;
  const pending = pendingState(device, entry.key);
  return pending && !pending.failed ? pending.value : reportedValue(device, entry);
}

const elementId = (ctx, entry, suffix = '') => `${ctx.prefix}k-${ctx.device.id}-${entry.key}${suffix}`.replace(/[^A-Za-z0-9_-]/g, '_');
const testId = (ctx, kind, key) => `${ctx.prefix}${kind}-${key}`;

/**
 * The reported value as text (test id reported-KEY), and while a command is on its way the desired value marked
 * pending (pending-KEY) — never colour alone.
 */
export function reading(ctx, entry, { className = 'value', text } = {}) {
  if (!entry) return null;
  const pending = pendingState(ctx.device, entry.key);
  const value = reportedValue(ctx.device, entry);
  return [
    h('span', { class: `${className}${pending && !pending.failed ? ' is-stale' : ''}`, dataset: { testid: testId(ctx, 'reported', entry.key) } },
      text ? text(value) : formatValue(entry, value)),
    pending ? h('span', { class: pending.failed ? 'pending failed' : 'pending', dataset: { testid: testId(ctx, 'pending', entry.key) } }, pendingText(entry, pending)) : null,
  ];
}

/** A switch for a writable bool, its accessible name the label given (else the property's). */
export function toggle(ctx, entry, label) {
  if (!entry) return null;
  const on = currentValue(ctx.device, entry) === true;
  return h('input', { type: 'checkbox', role: 'switch', class: 'switch', id: elementId(ctx, entry), checked: on, 'aria-checked': String(on),
    'aria-label': label ?? labelOf(entry), disabled: ctx.disabled || !writable(entry), dataset: { testid: testId(ctx, 'control', entry.key) },
    onchange: (e) => ctx.onSet(entry.key, e.target.checked) });
}

/** A slider (or list) for a writable number with a range, labelled, with its reading beside it. */
export function slider(ctx, entry, { label, iconName } = {}) {
  if (!entry || !writable(entry)) return null;
  const list = Array.isArray(entry.value.list) && entry.value.list.length;
  const kind = list ? 'select' : entry.value.range ? 'slider' : null;
  if (!kind) return null;
  const id = elementId(ctx, entry);
  const control = makeControl(kind, entry, id, currentValue(ctx.device, entry), ctx.disabled, ctx.onSet);
  const input = control.tagName === 'INPUT' || control.tagName === 'SELECT' ? control : control.querySelector('input');
  input.dataset.testid = testId(ctx, 'control', entry.key);
  // A list shows its reported value itself; beside it only a value on its way (or refused) is worth saying.
  const pending = kind === 'select' ? pendingState(ctx.device, entry.key) : null;
  return h('div', { class: `card-row ${kind}-row` },
    h('label', { class: 'card-label', for: id }, iconName ? icon(iconName, 'icon small') : null, label ?? labelOf(entry)),
    control, h('span', { class: 'card-reading' }, kind === 'slider' || pending ? reading(ctx, entry) : null));
}

/** A choice from a value-list as a select, labelled. */
export const choice = (ctx, entry, options) => (entry && Array.isArray(entry.value.list) ? slider(ctx, entry, options) : null);

/** −/+ buttons around a reading for a number with a range (a thermostat's target). */
export function stepper(ctx, entry) {
  if (!entry || !writable(entry) || !entry.value.range) return null;
  const { min, max } = entry.value.range;
  const step = entry.value.range.step || 1;
  const value = currentValue(ctx.device, entry);
  const set = (delta) => {
    const base = typeof value === 'number' ? value : min;
    // Round to the step so 23.5 + 0.1 is 23.6, not 23.599999999999998.
    const next = Math.min(max, Math.max(min, Math.round((base + delta) / step) * step));
    ctx.onSet(entry.key, Number(next.toFixed(6)));
  };
  const label = labelOf(entry);
  return h('div', { class: 'stepper', role: 'group', 'aria-label': label },
    h('button', { type: 'button', class: 'step', disabled: ctx.disabled || (typeof value === 'number' && value <= min),
      'aria-label': tr(`Lower ${label} by ${formatQuantity(step, entry.value.unit, step)}`, `${label}降低 ${formatQuantity(step, entry.value.unit, step)}`),
      dataset: { testid: testId(ctx, 'control', `${entry.key}-down`) }, onclick: () => set(-step) }, '−'),
    h('span', { class: 'stepper-value' }, reading(ctx, entry)),
    h('button', { type: 'button', class: 'step', disabled: ctx.disabled || (typeof value === 'number' && value >= max),
      'aria-label': tr(`Raise ${label} by ${formatQuantity(step, entry.value.unit, step)}`, `${label}升高 ${formatQuantity(step, entry.value.unit, step)}`),
      dataset: { testid: testId(ctx, 'control', `${entry.key}-up`) }, onclick: () => set(step) }, '+'));
}

/** A button for an action without required arguments; its text the given one, else the profile's. */
export function actionButton(ctx, entry, text, iconName) {
  if (!entry || !entry.simple) return null;
  return h('button', { type: 'button', class: 'card-action', disabled: ctx.disabled, dataset: { testid: testId(ctx, 'action', entry.key) },
    onclick: () => ctx.onCall(entry.key) }, iconName ? icon(iconName, 'icon small') : null, text ?? actionLabel(entry));
}

/** A line of small facts under the name: "On · 35%" (an array is one fact: a label and its reading). */
export const facts = (...parts) => parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '' && !(Array.isArray(p) && p.flat(Infinity).every((q) => q === null || q === undefined)))
  .flatMap((p, i) => {
    const fact = Array.isArray(p) ? h('span', { class: 'fact' }, p) : p;
    return i === 0 ? [fact] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), fact];
  });

/** A value as text without test ids, for a summary that repeats what a control row below shows. */
export const plain = (device, entry) => (entry ? h('span', { class: 'value' }, formatValue(entry, currentValue(device, entry))) : null);

/** On/Off as a word, for the state line. */
export const onOffText = (value) => (value === true ? tr('On', '开') : value === false ? tr('Off', '关') : '—');

/** A row of buttons (the ones that exist). */
export function buttons(list) {
  const present = list.filter(Boolean);
  return present.length ? h('div', { class: 'card-buttons' }, present) : null;
}
