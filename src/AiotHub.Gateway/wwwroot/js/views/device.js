// A device's page: every property with its reported and desired value and their times, every
// action (with a form when it needs arguments), and its recent commands with status and latency.
import { h, formatTime } from '../dom.js';
import { devicePath, listAll } from '../api.js';
import { store, canControl, profileOf } from '../store.js';
import { propertiesOf, actionsOf, propertyRow, actionButton, actionForm, labelOf, actionLabel, formatValue } from '../controls.js';
import { setProperty, callAction } from '../commands.js';
import { showApiError } from '../messages.js';
import { deviceCharts } from '../charts.js';
import { pendingNotice } from './pending.js';
import { manageDeviceSections } from './device-manage.js';
import { credentialsSection } from './credentials.js';
import { deviceFirmwareSections } from './device-firmware.js';
import { renderCardSection } from '../cards/index.js';
import { tr } from '../i18n.js';

export function renderDevice(main, deviceId) {
  const device = store.devices.get(deviceId);
  if (!device) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, tr(`No device '${deviceId}' in this home.`, `这个家里没有设备“${deviceId}”。`)), h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }

  const profile = profileOf(device);
  const offline = device.availability?.state === 'offline';
  const disabled = !canControl() || offline;
  const room = store.rooms.find((r) => r.id === device.roomId);
  const rerender = () => refreshDevice(deviceId);
  // A re-render for a live change keeps the commands already shown instead of fetching them again.
  const shown = document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"] #commands`);
  // Likewise the charts: a live change adds its point instead of loading the history again.
  const charts = deviceCharts(device, profile, document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"] [data-testid="charts"]`));
  // Credentials (owner, member) are loaded once per visit, not at every live change.
  const credentials = canControl()
    ? document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"] [data-testid="credentials"]`) ?? credentialsSection(deviceId)
    : null;
  const commands = h('section', { class: 'card', 'aria-labelledby': 'commands-title' }, h('h2', { id: 'commands-title' }, tr('Recent commands', '最近的指令')),
    shown ?? h('div', { id: 'commands', dataset: { testid: 'commands' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…'))));

  main.replaceChildren(h('div', { class: `device-page${offline ? ' offline' : ''}`, dataset: { testid: `device-${device.id}` } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, device.name ?? device.id),
    pendingNotice(device),
    renderCardSection(device, rerender),
    h('dl', { class: 'facts' },
      fact(tr('Room', '房间'), room?.name ?? tr('No room', '未分配房间')),
      fact(tr('Model', '型号'), h('span', { translate: 'no' }, `${device.model ?? '?'} v${device.profileVersion ?? '?'}`)),
      fact(tr('Availability', '在线状态'), availabilityText(device.availability)),
      fact(tr('Firmware', '固件'), h('span', { translate: 'no' }, device.firmware ?? '—')), fact(tr('Status', '状态'), statusText(device.status))),
    h('section', { class: 'card', 'aria-labelledby': 'props-title' }, h('h2', { id: 'props-title' }, tr('Properties', '属性')),
      propertiesOf(profile).map((entry) => propertyRow(device, entry, { disabled, showTimes: true, onSet: (key, value) => setProperty(device, key, value, rerender) })),
      extraProperties(device, profile)),
    actionsOf(profile).length ? h('section', { class: 'card', 'aria-labelledby': 'actions-title' }, h('h2', { id: 'actions-title' }, tr('Actions', '操作')),
      h('div', { class: 'actions' }, actionsOf(profile).map((a) => a.inputs.length
        ? actionForm(device, a, { disabled, onCall: (key, args) => callAction(device, key, args).then(() => refreshCommands(deviceId)) })
        : actionButton(device, a, { disabled, onCall: (key, args) => callAction(device, key, args).then(() => refreshCommands(deviceId)) })))) : null,
    charts,
    commands,
    credentials,
    deviceFirmwareSections(device),
    manageDeviceSections(device)));
  if (!shown) refreshCommands(deviceId);
}

const fact = (name, value) => [h('dt', {}, name), h('dd', {}, value)];

// The API's words (online, offline, unknown; active, pending …) as the app says them; English keeps the API's word.
const AvailabilityWords = { online: '在线', offline: '离线', unknown: '未知' };
const StatusWords = { active: '已启用', new: '新设备', pending: '待确认' };
const CommandWords = { pending: '等待中', applied: '已生效', rejected: '被拒绝', 'timed-out': '超时', offline: '设备离线' };
const word = (words, value) => (value ? tr(value, words[value] ?? value) : '—');
const statusText = (status) => word(StatusWords, status);

function availabilityText(availability) {
  const state = word(AvailabilityWords, availability?.state ?? 'unknown');
  const reason = availability?.reason ? ` (${availability.reason})` : '';
  const since = availability?.since ? tr(` since ${formatTime(availability.since)}`, `，自 ${formatTime(availability.since)} 起`) : '';
  return `${state}${reason}${since}`;
}

// Values the device reports that its profile does not describe (an old profile version) still show.
function extraProperties(device, profile) {
  const described = new Set(propertiesOf(profile).map((p) => p.key));
  return Object.values(device.properties ?? {}).filter((p) => !described.has(p.key))
    .map((p) => h('div', { class: 'row' }, h('span', { class: 'row-label' }, p.key), h('span', { class: 'reported' }, JSON.stringify(p.reported?.value))));
}

export function refreshDevice(deviceId) {
  const page = document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"]`);
  if (page) renderDevice(document.getElementById('main'), deviceId);
}

let commandsRequest = 0;

// Only while the device's page is open: elsewhere a command update needs no request.
export async function refreshCommands(deviceId) {
  if (!document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"]`)) return;
  const request = ++commandsRequest;
  let list;
  try {
    list = await listAll(`${devicePath(store.home.id, deviceId)}/commands`);
  } catch (error) {
    showApiError(tr('Commands', '指令'), error);
    return;
  }
  const target = document.getElementById('commands');
  if (!target || request !== commandsRequest) return;
  list.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  target.replaceChildren(list.length === 0 ? h('p', { class: 'muted' }, tr('No commands yet.', '还没有指令。')) : h('ol', { class: 'commands' }, list.slice(0, 20).map((c) =>
    h('li', { dataset: { status: c.status } },
      h('span', { class: `status ${c.status}` }, word(CommandWords, c.status)),
      h('span', {}, describeCommand(c, deviceId)),
      h('span', { class: 'muted' }, `${formatTime(c.created)}${latencyOf(c) !== null ? ` · ${latencyOf(c)} ${tr('ms', '毫秒')}` : ''}`),
      c.message ? h('span', { class: 'muted' }, `${c.code ?? ''} ${c.message}`) : null))));
}

// What a command asked, in the profile's words and units ("Brightness 33%"), then as sent (light.brightness=33, marked
// translate=no: the wire form, for whoever compares it with the device's log).
function describeCommand(command, deviceId) {
  const device = store.devices.get(deviceId);
  const profile = device ? profileOf(device) : null;
  try {
    const payload = JSON.parse(command.payload ?? '{}');
    if (payload.values) {
      const entries = propertiesOf(profile);
      const said = Object.entries(payload.values).map(([key, value]) => {
        const entry = entries.find((e) => e.key === key);
        return entry ? `${labelOf(entry)} ${formatValue(entry, value)}` : `${key}=${JSON.stringify(value)}`;
      }).join(tr(', ', '，'));
      return [`${tr('Set', '设置')} ${said} `, h('code', { translate: 'no', class: 'muted' },
        Object.entries(payload.values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', '))];
    }
    if (payload.action) {
      const action = actionsOf(profile).find((a) => a.key === payload.action);
      return [`${tr('Run', '执行')} ${action ? actionLabel(action) : payload.action} `, h('code', { translate: 'no', class: 'muted' }, payload.action)];
    }
  } catch {
    // Not JSON: fall through to the kind.
  }
  return command.kind ?? tr('command', '指令');
}

// "latency" is a TimeSpan ("00:00:00.2186138"); live events carry latencyMs.
function latencyOf(command) {
  if (typeof command.latencyMs === 'number') return Math.round(command.latencyMs);
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(command.latency ?? '');
  if (!match) return null;
  const [, days, hours, minutes, seconds] = match;
  return Math.round(((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60000 + Number(seconds) * 1000);
}
