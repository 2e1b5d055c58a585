// A device's page: every property with its reported and desired value and their times, every
// action (with a form when it needs arguments), and its recent commands with status and latency.
import { h, formatTime } from '../dom.js';
import { devicePath, listAll } from '../api.js';
import { store, canControl, profileOf } from '../store.js';
import { propertiesOf, actionsOf, propertyRow, actionButton, actionForm } from '../controls.js';
import { setProperty, callAction } from '../commands.js';
import { showApiError } from '../messages.js';
import { chartsSection, addLiveValues } from '../charts.js';
import { pendingNotice } from './pending.js';
import { removeDeviceSection } from './remove-device.js';
import { credentialsSection } from './credentials.js';
import { renderCardSection } from '../cards/index.js';

export function renderDevice(main, deviceId) {
  const device = store.devices.get(deviceId);
  if (!device) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `No device '${deviceId}' in this home.`), h('a', { href: '/', 'data-link': true }, 'Back to the home'));
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
  const shownCharts = document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"] [data-testid="charts"]`);
  if (shownCharts) addLiveValues(device, shownCharts);
  const charts = shownCharts ?? chartsSection(device, profile);
  // Credentials (owner, member) are loaded once per visit, not at every live change.
  const credentials = canControl()
    ? document.querySelector(`[data-testid="device-${CSS.escape(deviceId)}"] [data-testid="credentials"]`) ?? credentialsSection(deviceId)
    : null;
  const commands = h('section', { class: 'card', 'aria-labelledby': 'commands-title' }, h('h2', { id: 'commands-title' }, 'Recent commands'),
    shown ?? h('div', { id: 'commands', dataset: { testid: 'commands' } }, h('p', { class: 'muted' }, 'Loading…')));

  main.replaceChildren(h('div', { class: `device-page${offline ? ' offline' : ''}`, dataset: { testid: `device-${device.id}` } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, '← Home'),
    h('h1', {}, device.name ?? device.id),
    pendingNotice(device),
    renderCardSection(device, rerender),
    h('dl', { class: 'facts' },
      fact('Room', room?.name ?? 'No room'), fact('Model', `${device.model ?? '?'} v${device.profileVersion ?? '?'}`),
      fact('Availability', `${device.availability?.state ?? 'unknown'}${device.availability?.reason ? ` (${device.availability.reason})` : ''} since ${formatTime(device.availability?.since)}`),
      fact('Firmware', device.firmware ?? '—'), fact('Status', device.status ?? '—')),
    h('section', { class: 'card', 'aria-labelledby': 'props-title' }, h('h2', { id: 'props-title' }, 'Properties'),
      propertiesOf(profile).map((entry) => propertyRow(device, entry, { disabled, showTimes: true, onSet: (key, value) => setProperty(device, key, value, rerender) })),
      extraProperties(device, profile)),
    actionsOf(profile).length ? h('section', { class: 'card', 'aria-labelledby': 'actions-title' }, h('h2', { id: 'actions-title' }, 'Actions'),
      h('div', { class: 'actions' }, actionsOf(profile).map((a) => a.inputs.length
        ? actionForm(device, a, { disabled, onCall: (key, args) => callAction(device, key, args).then(() => refreshCommands(deviceId)) })
        : actionButton(device, a, { disabled, onCall: (key, args) => callAction(device, key, args).then(() => refreshCommands(deviceId)) })))) : null,
    charts,
    commands,
    credentials,
    removeDeviceSection(device)));
  if (!shown) refreshCommands(deviceId);
}

const fact = (name, value) => [h('dt', {}, name), h('dd', {}, value)];

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
    showApiError('Commands', error);
    return;
  }
  const target = document.getElementById('commands');
  if (!target || request !== commandsRequest) return;
  list.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  target.replaceChildren(list.length === 0 ? h('p', { class: 'muted' }, 'No commands yet.') : h('ol', { class: 'commands' }, list.slice(0, 20).map((c) =>
    h('li', { dataset: { status: c.status } },
      h('span', { class: `status ${c.status}` }, c.status),
      h('span', {}, describeCommand(c)),
      h('span', { class: 'muted' }, `${formatTime(c.created)}${latencyOf(c) !== null ? ` · ${latencyOf(c)} ms` : ''}`),
      c.message ? h('span', { class: 'muted' }, `${c.code ?? ''} ${c.message}`) : null))));
}

function describeCommand(command) {
  try {
    const payload = JSON.parse(command.payload ?? '{}');
    if (payload.values) return `set ${Object.entries(payload.values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`;
    if (payload.action) return `call ${payload.action}`;
  } catch {
    // Not JSON: fall through to the kind.
  }
  return command.kind ?? 'command';
}

// "latency" is a TimeSpan ("00:00:00.2186138"); live events carry latencyMs.
function latencyOf(command) {
  if (typeof command.latencyMs === 'number') return Math.round(command.latencyMs);
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(command.latency ?? '');
  if (!match) return null;
  const [, days, hours, minutes, seconds] = match;
  return Math.round(((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60000 + Number(seconds) * 1000);
}
