// What the editors offer in their lists, read from the home's devices and their profiles (js/store.js): devices,
// their properties (readable ones to watch, writable ones to set), actions, events and their arguments, each
// labelled in the app's language with pick() over the profile's per-language texts.
import { store, profileOf } from '../store.js';
import { pick, tr, formatQuantity } from '../i18n.js';

const NumberFormats = new Set(['uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float', 'double', 'number', 'integer']);
export const isNumberFormat = (format) => NumberFormats.has(String(format ?? '').toLowerCase());

/** The home's devices that may be named in an automation or scene (active, with a known profile), by name. */
export function devices() {
  return [...store.devices.values()]
    .filter((d) => d.status === 'active' && profileOf(d))
    .sort((a, b) => deviceLabel(a).localeCompare(deviceLabel(b)));
}

export function deviceLabel(device) {
  if (!device) return '';
  const room = store.rooms.find((r) => r.id === device.roomId);
  return room ? `${device.name ?? device.id} · ${room.name}` : (device.name ?? device.id);
}

export const findDevice = (id) => store.devices.get(id) ?? null;

const canRead = (property) => property.canRead ?? hasAccess(property, 'read');
const canWrite = (property) => property.canWrite ?? hasAccess(property, 'write');
function hasAccess(property, word) {
  const access = property.access;
  return Array.isArray(access) ? access.map(String).some((a) => a.toLowerCase() === word) : String(access ?? '').toLowerCase().includes(word);
}

/** A profile's members of one kind ('properties', 'actions', 'events') as {key: 'service.member', label, spec, service}. */
function members(device, kind) {
  const profile = device ? profileOf(device) : null;
  const result = [];
  for (const service of profile?.services ?? []) {
    const serviceLabel = pick(service.descriptions, service.description ?? service.name);
    for (const member of service[kind] ?? []) {
      const own = pick(member.descriptions, member.description ?? member.name);
      result.push({ key: `${service.name}.${member.name}`, label: (profile.services.length > 1 ? `${serviceLabel} · ${own}` : own), spec: member });
    }
  }
  return result;
}

export const readableProperties = (device) => members(device, 'properties').filter((p) => canRead(p.spec));
export const writableProperties = (device) => members(device, 'properties').filter((p) => canWrite(p.spec));
export const actionsOf = (device) => members(device, 'actions');
export const eventsOf = (device) => members(device, 'events');

/** A member by its key ('light.brightness'; the numeric '1.2' form too), or null. */
export function member(device, kind, key) {
  if (!device || typeof key !== 'string') return null;
  const list = members(device, kind);
  const found = list.find((m) => m.key === key);
  if (found) return found;
  const numeric = /^(\d+)\.(\d+)$/.exec(key);
  if (!numeric) return null;
  const profile = profileOf(device);
  const service = profile?.services?.find((s) => s.iid === Number(numeric[1]));
  const spec = service?.[kind]?.find((m) => m.iid === Number(numeric[2]));
  return spec ? list.find((m) => m.key === `${service.name}.${spec.name}`) ?? null : null;
}

/** A value spec ({format, unit, range, list}) in one shape, from a property's or an argument's 'value'. */
export function valueSpec(spec) {
  const value = spec?.value ?? spec ?? {};
  const range = value.range ?? (Array.isArray(value['value-range']) ? { min: value['value-range'][0], max: value['value-range'][1], step: value['value-range'][2] } : null);
  const list = value.list ?? value['value-list'] ?? null;
  return { format: String(value.format ?? 'string').toLowerCase(), unit: value.unit ?? null, range, list: Array.isArray(list) && list.length ? list : null };
}

/** An item of a value list in the app's language. */
export const itemLabel = (item) => pick(item.descriptions, item.description ?? String(item.value));

/** A value as a person reads it, by its spec: "On", "40%", "Night". */
export function valueText(spec, value) {
  const v = valueSpec(spec);
  if (value === undefined || value === null) return '—';
  if (v.list) {
    const item = v.list.find((i) => i.value === value || (typeof value === 'string' && String(i.description).toLowerCase() === value.toLowerCase()));
    if (item) return itemLabel(item);
  }
  if (typeof value === 'boolean') return value ? tr('On', '开') : tr('Off', '关');
  if (typeof value === 'number') return formatQuantity(value, v.unit, v.range?.step);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A default value for a spec: off, the range's minimum, the list's first item, ''. */
export function defaultValue(spec) {
  const v = valueSpec(spec);
  if (v.format === 'bool') return true;
  if (v.list) return v.list[0].value;
  if (isNumberFormat(v.format)) return v.range ? v.range.min : 0;
  return '';
}

/** The device's reported value for a property key, or undefined. */
export const reportedValue = (device, key) => device?.properties?.[key]?.reported?.value;

// TV and TV box members the 'tv' trigger reads (docs/automations.md "tv").
export function hasTvMembers(device) {
  return readableProperties(device).some((p) => /\.(playback-state|current-app|input-source)$/.test(p.key));
}
