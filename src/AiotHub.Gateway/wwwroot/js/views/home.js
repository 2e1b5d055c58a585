// The home: scene buttons, then one section per room (and "No room"), each with device tiles.
import { h } from '../dom.js';
import { store, canControl, canRunScenes, profileOf } from '../store.js';
import { propertiesOf, actionsOf, controlKind, actionButton, propertyRow } from '../controls.js';
import { setProperty, callAction, runScene } from '../commands.js';

const TileControlLimit = 6;

export function renderHome(main) {
  const sections = roomSections();
  main.replaceChildren(h('div', { class: 'home' },
    h('h1', { class: 'visually-hidden' }, store.home.name),
    canControl() ? null : h('p', { class: 'read-only-note muted', dataset: { testid: 'read-only-note' } },
      `Signed in as ${store.role ?? 'a viewer'}: you can look${store.role === 'guest' ? ' and run scenes' : ''}; changing devices needs a member's or the owner's token.`),
    renderScenes(),
    store.role === 'guest' ? null : h('p', { class: 'automations-link' },
      h('a', { href: '/automations', 'data-link': true, dataset: { testid: 'home-automations' } }, 'Automations →')),
    h('nav', { class: 'room-tabs', 'aria-label': 'Rooms' },
      sections.map((s) => h('a', { href: `#${s.anchor}`, class: 'chip', onclick: (e) => jump(e, s.anchor) }, s.name))),
    sections.map((s) => h('section', { id: s.anchor, class: 'room', 'aria-labelledby': `${s.anchor}-title`, dataset: { testid: `room-${s.id}` } },
      h('h2', { id: `${s.anchor}-title` }, s.name),
      h('div', { class: 'tiles' }, s.devices.map(renderTile))))));
}

function jump(event, anchor) {
  event.preventDefault();
  document.getElementById(anchor)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function roomSections() {
  const devices = [...store.devices.values()].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
  const known = new Set(store.rooms.map((r) => r.id));
  const sections = store.rooms.map((room) => ({ id: room.id, name: room.name, anchor: `room-${room.id}`, devices: devices.filter((d) => d.roomId === room.id) }));
  const unplaced = devices.filter((d) => !d.roomId || !known.has(d.roomId));
  if (unplaced.length) sections.push({ id: 'none', name: 'No room', anchor: 'room-none', devices: unplaced });
  return sections;
}

function renderScenes() {
  if (store.scenes === null) return null;
  const status = h('p', { class: 'scene-status', role: 'status', dataset: { testid: 'scene-status' } });
  const setStatus = (state, text) => {
    status.textContent = text;
    status.dataset.state = state;
  };
  return h('section', { class: 'scenes', 'aria-labelledby': 'scenes-title' },
    h('h2', { id: 'scenes-title' }, 'Scenes'),
    store.scenes.length === 0
      ? h('p', { class: 'muted' }, 'No scenes yet.')
      : h('div', { class: 'scene-buttons' }, store.scenes.map((scene) => h('button', { type: 'button', class: 'scene',
        disabled: !canRunScenes(), dataset: { testid: `scene-${scene.id}` }, onclick: async (e) => {
          e.currentTarget.disabled = true;
          const button = e.currentTarget;
          try { await runScene(scene, setStatus); } finally { button.disabled = false; }
        } }, scene.icon ? h('span', { class: 'scene-icon', 'aria-hidden': 'true' }, iconFor(scene.icon)) : null, scene.name))),
    status);
}

const Icons = { moon: '☾', sun: '☀', home: '⌂', star: '★', film: '▶', light: '💡', 'power-off': '⏻' };
const iconFor = (icon) => Icons[icon] ?? '•';

export function renderTile(device) {
  const profile = profileOf(device);
  const offline = device.availability?.state === 'offline';
  const readOnly = !canControl();
  const disabled = readOnly || offline;
  const rerender = (id) => refreshTile(id);
  const controls = propertiesOf(profile).filter((p) => controlKind(p) && controlKind(p) !== 'input');
  const actions = actionsOf(profile).filter((a) => a.simple);
  const shown = controls.slice(0, TileControlLimit);
  const more = controls.length - shown.length + Math.max(0, actions.length - 3);
  return h('article', { class: `tile${offline ? ' offline' : ''}${readOnly ? ' read-only' : ''}`, 'aria-labelledby': `t-${device.id}`,
    dataset: { testid: `tile-${device.id}`, availability: device.availability?.state ?? 'unknown' } },
  h('header', {},
    h('h3', { id: `t-${device.id}` }, h('a', { href: `/devices/${encodeURIComponent(device.id)}`, 'data-link': true }, device.name ?? device.id)),
    h('span', { class: 'badge', dataset: { testid: 'availability' } }, offline ? 'Offline' : device.status === 'pending' ? 'Unknown model' : device.type ?? '')),
  profile ? null : h('p', { class: 'muted' }, device.status === 'pending' ? 'The hub does not know this model yet.' : 'Loading…'),
  shown.map((entry) => propertyRow(device, entry, { disabled, onSet: (key, value) => setProperty(device, key, value, rerender) })),
  readingsOf(device, profile),
  actions.length ? h('div', { class: 'actions' }, actions.slice(0, 3).map((a) => actionButton(device, a, { disabled, onCall: (key, args) => callAction(device, key, args) }))) : null,
  more > 0 ? h('a', { class: 'more', href: `/devices/${encodeURIComponent(device.id)}`, 'data-link': true }, `${more} more…`) : null);
}

// Read-only sensors (temperature, contact …) show up to two values so a tile is never empty.
function readingsOf(device, profile) {
  const readOnly = propertiesOf(profile).filter((p) => !controlKind(p)).slice(0, 2);
  return readOnly.map((entry) => propertyRow(device, entry, { disabled: true, onSet: () => {} }));
}

export function refreshTile(deviceId) {
  const old = document.querySelector(`[data-testid="tile-${CSS.escape(deviceId)}"]`);
  const device = store.devices.get(deviceId);
  if (!old || !device) return;
  const focusedKey = old.contains(document.activeElement) ? document.activeElement.closest('[data-key]')?.dataset.key : null;
  const tile = renderTile(device);
  old.replaceWith(tile);
  if (focusedKey) tile.querySelector(`[data-key="${CSS.escape(focusedKey)}"] input, [data-key="${CSS.escape(focusedKey)}"] select`)?.focus();
}
