// The home: scene buttons, then a search box and a filter by kind of device, and one foldable section per room
// (and "No room") with a tile per device (js/cards/). With hundreds of devices the page stays quick: tiles off screen
// skip layout and paint (content-visibility in cards.css), searching and filtering only hide tiles, and what a tile
// loads for itself (a sparkline, energy today) waits until it is on screen.
import { h } from '../dom.js';
import { tr } from '../i18n.js';
import { store, canControl, canRunScenes } from '../store.js';
import { runScene } from '../commands.js';
import { renderTile as renderCardTile, cardOf, Kinds } from '../cards/index.js';
import { icon } from '../icons.js';
import { homeSuggestionsLink } from './suggestions.js';

const CollapsedKey = 'aiothub.collapsed-rooms';
const MaxCollapsed = 500;
// From this many devices tiles off screen are not laid out until scrolled to (cards.css).
const ManyDevices = 40;

// What the person is looking for: kept while the page re-renders for live changes.
const filter = { query: '', kind: 'all' };
let firstRenderMarked = false;

export function renderHome(main) {
  const sections = roomSections();
  const searchFocused = document.activeElement?.dataset?.testid === 'home-search';
  main.replaceChildren(h('div', { class: `home${store.devices.size > ManyDevices ? ' many' : ''}` },
    h('h1', { class: 'visually-hidden' }, store.home.name),
    canControl() ? null : h('p', { class: 'read-only-note muted', dataset: { testid: 'read-only-note' } }, readOnlyNote()),
    renderScenes(),
    store.role === 'guest' ? null : h('p', { class: 'automations-link' },
      h('a', { href: '/automations', 'data-link': true, dataset: { testid: 'home-automations' } }, tr('Automations →', '自动化 →')),
      homeSuggestionsLink()),
    renderToolbar(sections),
    h('nav', { class: 'room-tabs', 'aria-label': tr('Rooms', '房间') },
      sections.map((s) => h('a', { href: `#${s.anchor}`, class: 'chip', onclick: (e) => jump(e, s.anchor) }, s.name))),
    sections.map(renderRoom),
    h('p', { class: 'muted no-match', hidden: true, role: 'status', dataset: { testid: 'home-no-match' } }, tr('No device matches.', '没有匹配的设备。'))));
  applyFilter(main);
  if (searchFocused) {
    const input = main.querySelector('[data-testid="home-search"]');
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
  markFirstRender();
}

// For the browser tests' figures (and anyone's devtools): when the home's tiles were first on screen.
function markFirstRender() {
  if (firstRenderMarked) return;
  firstRenderMarked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('aiothub:home-rendered'), 0));
}

function readOnlyNote() {
  const role = store.role ?? tr('a viewer', '访客');
  return store.role === 'guest'
    ? tr(`Signed in as ${role}: you can look and run scenes; changing devices needs a member's or the owner's token.`,
      '以访客身份登录：可以查看和执行场景；控制设备需要成员或主人的令牌。')
    : tr(`Signed in as ${role}: you can look; changing devices needs a member's or the owner's token.`,
      `以 ${role} 身份登录：只能查看；控制设备需要成员或主人的令牌。`);
}

function renderToolbar(sections) {
  const present = new Set(sections.flatMap((s) => s.devices.map((d) => cardOf(d).kind)));
  const kinds = Kinds.filter((k) => present.has(k.kind));
  const chip = (kind, name) => h('button', { type: 'button', class: 'chip filter', 'aria-pressed': String(filter.kind === kind),
    dataset: { testid: `type-filter-${kind}`, kind }, onclick: (e) => {
      filter.kind = kind;
      for (const b of e.currentTarget.parentElement.children) b.setAttribute('aria-pressed', String(b.dataset.kind === kind));
      applyFilter(document.getElementById('main'));
    } }, name);
  return h('div', { class: 'home-toolbar' },
    h('label', { class: 'search' }, icon('search', 'icon small'),
      h('span', { class: 'visually-hidden' }, tr('Search devices by name', '按名称搜索设备')),
      h('input', { type: 'search', value: filter.query, placeholder: tr('Search devices', '搜索设备'), autocomplete: 'off',
        dataset: { testid: 'home-search' }, oninput: (e) => { filter.query = e.target.value; applyFilter(document.getElementById('main')); } })),
    kinds.length > 1 ? h('div', { class: 'filters', role: 'group', 'aria-label': tr('Kind of device', '设备类型') },
      chip('all', tr('All', '全部')), kinds.map((k) => chip(k.kind, k.name()))) : null);
}

function renderRoom(section) {
  const collapsed = collapsedRooms().has(section.id);
  const tilesId = `${section.anchor}-tiles`;
  return h('section', { id: section.anchor, class: `room${collapsed ? ' collapsed' : ''}`, 'aria-labelledby': `${section.anchor}-title`,
    dataset: { testid: `room-${section.id}`, room: section.id } },
  h('h2', { id: `${section.anchor}-title` },
    h('button', { type: 'button', class: 'room-toggle', 'aria-expanded': String(!collapsed), 'aria-controls': tilesId,
      dataset: { testid: `room-toggle-${section.id}` }, onclick: (e) => toggleRoom(e.currentTarget.closest('section.room'), section.id) },
    icon('chevron', 'icon small chevron'), h('span', { class: 'room-name' }, section.name),
    // The count is for the eye; the heading's name stays the room's.
    h('span', { class: 'room-count muted', 'aria-hidden': 'true' }, tr(`${section.devices.length} ${section.devices.length === 1 ? 'device' : 'devices'}`, `${section.devices.length} 个设备`)))),
  h('div', { class: 'tiles', id: tilesId }, section.devices.map((device) => renderCardTile(device, refreshTile))));
}

function toggleRoom(section, roomId) {
  const rooms = collapsedRooms();
  const collapse = !rooms.has(roomId);
  if (collapse) rooms.add(roomId);
  else rooms.delete(roomId);
  saveCollapsed(rooms);
  section.classList.toggle('collapsed', collapse);
  section.querySelector('.room-toggle').setAttribute('aria-expanded', String(!collapse));
  applyFilter(document.getElementById('main'));
}

function collapsedRooms() {
  try {
    const list = JSON.parse(localStorage.getItem(CollapsedKey) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((id) => typeof id === 'string').slice(0, MaxCollapsed) : []);
  } catch {
    return new Set();
  }
}

function saveCollapsed(rooms) {
  try { localStorage.setItem(CollapsedKey, JSON.stringify([...rooms].slice(-MaxCollapsed))); } catch { /* kept for this visit only */ }
}

// Hides the tiles that do not match the search (by name, any case) and the kind; a room with none left is hidden, and
// a search shows matches even in a folded room (what was searched for must be seen).
function applyFilter(main) {
  const query = filter.query.trim().toLocaleLowerCase();
  const searching = query.length > 0;
  let shown = 0;
  for (const section of main.querySelectorAll('section.room')) {
    const collapsed = section.classList.contains('collapsed') && !searching;
    let matches = 0;
    for (const tile of section.querySelectorAll('article.tile')) {
      const device = store.devices.get(tile.dataset.testid.slice('tile-'.length));
      const match = matchesFilter(device, tile, query);
      tile.hidden = !match || collapsed;
      if (match) matches++;
    }
    section.querySelector('.tiles').hidden = collapsed;
    section.hidden = (searching || filter.kind !== 'all') && matches === 0;
    const total = section.querySelectorAll('article.tile').length;
    const count = section.querySelector('.room-count');
    if (count) count.textContent = matches === total ? tr(`${total} ${total === 1 ? 'device' : 'devices'}`, `${total} 个设备`) : tr(`${matches} of ${total}`, `${total} 个中的 ${matches} 个`);
    const chip = main.querySelector(`.room-tabs a[href="#${CSS.escape(section.id)}"]`);
    if (chip) chip.hidden = section.hidden;
    shown += matches;
  }
  const none = main.querySelector('[data-testid="home-no-match"]');
  if (none) none.hidden = shown > 0 || (!searching && filter.kind === 'all');
}

function matchesFilter(device, tile, query) {
  if (filter.kind !== 'all' && tile.dataset.card !== filter.kind) return false;
  if (!query) return true;
  return String(device?.name ?? '').toLocaleLowerCase().includes(query) || String(device?.id ?? '').toLocaleLowerCase().includes(query);
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
  if (unplaced.length) sections.push({ id: 'none', name: tr('No room', '未分配房间'), anchor: 'room-none', devices: unplaced });
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
    h('h2', { id: 'scenes-title' }, tr('Scenes', '场景')),
    store.scenes.length === 0
      ? h('p', { class: 'muted' }, tr('No scenes yet.', '还没有场景。'))
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

export const renderTile = (device) => renderCardTile(device, refreshTile);

export function refreshTile(deviceId) {
  const old = document.querySelector(`[data-testid="tile-${CSS.escape(deviceId)}"]`);
  const device = store.devices.get(deviceId);
  if (!old || !device) return;
  const focusedKey = old.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
  const tile = renderTile(device);
  tile.hidden = old.hidden;
  old.replaceWith(tile);
  if (focusedKey) tile.querySelector(`[data-testid="${CSS.escape(focusedKey)}"]`)?.focus();
}
