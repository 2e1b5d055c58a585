// AiotHub companion app — entry point and router.
//
// Why plain HTML/CSS/JS ES modules with no build step and almost no third-party JavaScript (vendored and
// pinned with their licences: the QR encoder in vendor/uqr, the device page's charts in vendor/uplot): the hub is
// one self-contained .NET process on a home server, so its app ships as files in wwwroot/ that any
// browser runs as they are. Nothing to install, bundle or keep up to date (no npm supply chain to
// audit for a program that holds the keys to a house), what is in the repository is exactly what
// runs, and a reader can follow a bug from the browser's source view to the file. The app is a few
// screens over a REST API and an event stream, which the platform's fetch, EventSource, <template>-free
// DOM building and CSS grid cover. See docs/app.md.
//
// Routes (history API; the hub answers index.html for each): /signin, / (the home),
// /devices/{id}, /devices/add (owner, member), /pending (owner, member), /tokens (owner), /automations,
// /automations/{id}, /automations/{id}/runs/{runId} (not for guests), /automations/new and /automations/{id}/edit,
// /scenes, /scenes/new, /scenes/{id} (editing: owner, member), /voice (owner, member), /suggestions (owner, member),
// /firmware (owner, member); for a device-maker token: /maker, /maker/rollouts/{id}, /maker/feedback.
import { h } from './js/dom.js';
import { session } from './js/session.js';
import { store, loadHome, applyEvent, reloadDevice, reloadRooms, loadScenes, isOwner, canControl } from './js/store.js';
import { connectLive } from './js/live.js';
import { EventType } from './js/event-types.js';
import { ApiError, itemsOf, api } from './js/api.js';
import { showError, showApiError, showNotice } from './js/messages.js';
import { renderSignIn } from './js/views/signin.js';
import { renderHome, refreshTile } from './js/views/home.js';
import { renderDevice, refreshDevice, refreshCommands } from './js/views/device.js';
import { renderTokens } from './js/views/tokens.js';
import { renderAddDevice } from './js/views/pairing.js';
import { renderAutomations, renderAutomation, isAutomationsPage, automationsVisible } from './js/views/automations.js';
import { renderTrace } from './js/views/trace.js';
import { isAutomationEditorPage, isScenesPage } from './js/editor/routes.js';
import { setMode } from './js/automations.js';
import { runStatusText } from './js/commands.js';
import { renderPending, refreshPendingPage, isPendingPage, pendingLink } from './js/views/pending.js';
import { renderVoice, isVoicePage, voiceLink } from './js/views/voice.js';
import { tr } from './js/i18n.js';
import { languageSwitch } from './js/language-switch.js';
import { roleName } from './js/roles.js';
import { renderRooms, isRoomsPage, roomsLink } from './js/views/rooms.js';
import { renderSuggestions, isSuggestionsPage, suggestionsLink, suggestionsVisible } from './js/views/suggestions.js';
import { renderFirmware, isFirmwarePage, firmwareLink, firmwareVisible } from './js/views/firmware.js';
import { maker, loadMakerVendors } from './js/maker.js';
import { renderMaker, makerLinks } from './js/views/maker.js';
import { renderMakerRollout, rolloutPathId } from './js/views/maker-rollout.js';
import { renderMakerFeedback, isMakerFeedbackPage } from './js/views/maker-feedback.js';
import { startPwa } from './js/pwa.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const banner = document.getElementById('banner');
// The header wraps to a second line on a narrow phone (home, role, mode, links); what sticks under
// it (the room chips) follows its real height.
new ResizeObserver(([entry]) => document.documentElement.style.setProperty('--bar-height', `${Math.ceil(entry.target.getBoundingClientRect().height)}px`))
  .observe(document.querySelector('header.bar'));
let live = null;
let loaded = false;

function navigate(path, replace = false) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route();
}

// Links marked data-link stay in the app instead of reloading the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', () => route());
// A view changed devices itself (approved, renamed, moved): the inbox count and an open device page follow at once.
window.addEventListener('aiothub:devices-changed', (event) => { renderNav(); if (event.detail?.deviceId) refreshDevice(event.detail.deviceId); });
// The language was switched (js/i18n.js): the page renders again in it.
window.addEventListener('aiothub:language', () => route());
window.addEventListener('aiothub:unauthorized', (event) => {
  if (!session.token) return;
  signOut();
  showError(tr(`Signed out: ${event.detail}`, `已退出登录：${event.detail}`));
});

async function route() {
  const path = location.pathname;
  if (!session.token) {
    renderNav();
    if (path !== '/signin') history.replaceState(null, '', '/signin');
    renderSignIn(main, { onSignedIn: () => start() });
    return;
  }
  if (path === '/signin') {
    history.replaceState(null, '', '/');
    return route();
  }
  if (!loaded) return start();
  renderNav();
  if (maker.vendor) return routeMaker(path);
  const device = /^\/devices\/([^/]+)$/.exec(path);
  const automation = /^\/automations\/([^/]+)$/.exec(path);
  const run = /^\/automations\/([^/]+)\/runs\/([^/]+)$/.exec(path);
  if (path === '/devices/add') await renderAddDevice(main);
  else if (device) renderDevice(main, decodeURIComponent(device[1]));
  else if (path === '/tokens') await renderTokens(main);
  else if (isPendingPage(path)) await renderPending(main);
  else if (isVoicePage(path)) await renderVoice(main);
  else if (isRoomsPage(path)) await renderRooms(main);
  else if (isSuggestionsPage(path)) {
    // Suggestions are for those who act on them (guests and integrators get 403 from the hub): others go home.
    if (suggestionsVisible()) await renderSuggestions(main);
    else { history.replaceState(null, '', '/'); renderHome(main); }
  }
  else if (isFirmwarePage(path)) {
    // Firmware updates are the household's (the API answers guests and integrators 403): others go home.
    if (firmwareVisible()) await renderFirmware(main);
    else { history.replaceState(null, '', '/'); renderHome(main); }
  }
  else if (isAutomationsPage(path) && !automationsVisible()) {
    // Guests use the home; automations (and their traces) are for those who look after it.
    history.replaceState(null, '', '/');
    renderHome(main);
  } else if (isAutomationEditorPage(path)) await (await import('./js/views/automation-editor.js')).renderAutomationEditor(main, path);
  else if (isScenesPage(path) && automationsVisible()) await (await import('./js/views/scene-editor.js')).renderScenesPage(main, path);
  else if (path === '/automations') await renderAutomations(main);
  else if (automation) await renderAutomation(main, decodeURIComponent(automation[1]));
  else if (run) await renderTrace(main, decodeURIComponent(run[1]), decodeURIComponent(run[2]));
  else renderHome(main);
  window.scrollTo(0, 0);
}

// A device-maker token sees no home: its pages are the maker's view of its releases, rollouts and feedback.
async function routeMaker(path) {
  const rollout = rolloutPathId(path);
  if (rollout) await renderMakerRollout(main, rollout);
  else if (isMakerFeedbackPage(path)) await renderMakerFeedback(main);
  else {
    if (path !== '/maker') history.replaceState(null, '', '/maker');
    await renderMaker(main);
  }
  window.scrollTo(0, 0);
}

async function start() {
  main.replaceChildren(h('p', { class: 'muted' }, tr('Loading your home…', '正在加载家庭…')));
  try {
    const homes = itemsOf(await api('/api/v1/homes'));
    if (homes.length === 0) {
      const vendors = await loadMakerVendors();
      if (vendors.length) {
        maker.vendors = vendors;
        maker.vendor = vendors.includes(maker.vendor) ? maker.vendor : vendors[0];
        loaded = true;
        route();
        return;
      }
    }
    if (!homes.some((home) => home.id === session.homeId)) session.homeId = homes[0]?.id ?? null;
    if (!session.homeId) throw new ApiError(404, { title: tr('This token has no home to show.', '这个令牌没有可显示的家庭。') });
    store.homes = homes;
    await loadHome(session.homeId);
    loaded = true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // The token was revoked or has expired: the 'aiothub:unauthorized' listener below has
      // already gone back to sign-in, saying why.
      if (session.token) signOut();
      return;
    }
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'load-error' } }, tr(`Could not load the home: ${error.message}`, `家庭加载失败：${error.message}`)),
      h('button', { type: 'button', onclick: () => start() }, tr('Try again', '重试')));
    return;
  }
  connect();
  route();
}

function connect() {
  live?.close();
  // body[data-live] tells whether changes arrive live: connecting, live or reconnecting.
  document.body.dataset.live = 'connecting';
  live = connectLive(store.home.id, session.token, {
    onStatus: (status) => {
      document.body.dataset.live = status;
      banner.hidden = status === 'live';
      banner.textContent = status === 'live' ? '' : tr('Reconnecting to the hub…', '正在重新连接网关…');
      banner.dataset.state = status;
    },
    onReset: () => reload(),
    onEvent: (event) => onEvent(event),
  });
}

async function reload() {
  try {
    await loadHome(store.home.id);
    route();
  } catch (error) {
    showApiError(tr('Refreshing the home failed', '刷新家庭失败'), error);
  }
}

async function onEvent(event) {
  switch (event.type) {
    case EventType.DeviceAdded:
    case EventType.DeviceUpdated:
      try {
        await reloadDevice(event.deviceId ?? event.data?.id);
        if (event.data?.roomId && !store.rooms.some((r) => r.id === event.data.roomId)) await reloadRooms();
      } catch (error) {
        showApiError(tr('Loading a new device failed', '加载新设备失败'), error);
      }
      if (location.pathname === '/') renderHome(main);
      else refreshDevice(event.deviceId);
      renderNav();
      refreshPendingPage();
      return;
    case EventType.DevicePending:
    case EventType.DeviceApproved:
    case EventType.DeviceRejected:
      // A rejected device that was removed is followed by device-removed.
      if (event.type === EventType.DeviceRejected && event.data?.removed) return;
      try {
        await reloadDevice(event.deviceId);
      } catch (error) {
        showApiError(tr('Loading a device failed', '加载设备失败'), error);
      }
      refreshTile(event.deviceId);
      refreshDevice(event.deviceId);
      renderNav();
      refreshPendingPage();
      return;
    case EventType.DeviceRemoved:
      store.devices.delete(event.deviceId);
      if (location.pathname === '/') renderHome(main);
      else refreshDevice(event.deviceId);
      renderNav();
      refreshPendingPage();
      return;
    case EventType.RoomRemoved:
      try {
        await reloadRooms();
      } catch (error) {
        showApiError(tr('Loading the rooms failed', '加载房间失败'), error);
      }
      if (location.pathname === '/') renderHome(main);
      return;
    case EventType.SceneRunStarted:
    case EventType.AutomationRunStarted:
      return;
    case EventType.AutomationRunFinished:
    case EventType.AutomationChanged:
      refreshAutomationsPage(event);
      return;
    case EventType.AutomationNotification: {
      const d = event.data ?? {};
      showNotice(`${d.title ? `${d.title}: ` : ''}${d.message ?? ''}`, 'automation-notification', d.level === 'alert' ? 0 : 8000);
      return;
    }
    case EventType.HomeModeChanged:
      store.mode = { ...(store.mode ?? {}), mode: event.data?.mode, source: event.data?.source, since: event.time };
      renderNav();
      return;
    case EventType.SceneRunFinished: {
      const d = event.data ?? {};
      // Runs started elsewhere (another phone, an automation); this app's own show under the buttons.
      if (store.ownRuns.has(d.runId)) return;
      showNotice(tr(`Scene ${d.name ?? d.sceneId}: ${runStatusText(d.status)}`, `场景「${d.name ?? d.sceneId}」：${runStatusText(d.status)}`), 'scene-run-finished');
      return;
    }
    default: {
      const deviceId = applyEvent(event);
      if (!deviceId) return;
      refreshTile(deviceId);
      if (event.type === EventType.CommandUpdated) refreshCommands(deviceId);
      else refreshDevice(deviceId);
    }
  }
}

function renderNav() {
  nav.setAttribute('aria-label', tr('Main', '主菜单'));
  if (session.token && maker.vendor) {
    nav.replaceChildren(...[
      maker.vendors.length > 1
        ? h('select', { 'aria-label': tr('Vendor', '厂商'), onchange: (e) => { maker.vendor = e.target.value; navigate('/maker'); } },
          maker.vendors.map((v) => h('option', { value: v, selected: v === maker.vendor, translate: 'no' }, v)))
        : h('span', { class: 'home-name', translate: 'no', dataset: { testid: 'maker-vendor' } }, maker.vendor),
      h('span', { class: 'role', dataset: { testid: 'role' } }, roleName('device-maker')),
      ...makerLinks(),
      h('button', { type: 'button', class: 'link', dataset: { testid: 'signout' }, onclick: () => signOut() }, tr('Sign out', '退出登录')),
      languageSwitch(),
    ]);
    return;
  }
  if (!session.token || !store.home) {
    nav.replaceChildren(languageSwitch());
    return;
  }
  const homes = store.homes ?? [];
  nav.replaceChildren(...[
    homes.length > 1
      ? h('select', { 'aria-label': tr('Home', '家庭'), onchange: (e) => { session.homeId = e.target.value; loaded = false; start(); } },
        homes.map((home) => h('option', { value: home.id, selected: home.id === store.home.id }, home.name)))
      : h('span', { class: 'home-name' }, store.home.name),
    h('span', { class: 'role', dataset: { testid: 'role' } }, roleName(store.role)),
    modeSwitch(),
    canControl() ? h('a', { href: '/devices/add', 'data-link': true, dataset: { testid: 'nav-add-device' } }, tr('Add a device', '添加设备')) : null,
    pendingLink(),
    roomsLink(),
    voiceLink(),
    suggestionsLink(),
    firmwareLink(),
    isOwner() ? h('a', { href: '/tokens', 'data-link': true, dataset: { testid: 'nav-tokens' } }, tr('Tokens', '令牌')) : null,
    h('button', { type: 'button', class: 'link', dataset: { testid: 'signout' }, onclick: () => signOut() }, tr('Sign out', '退出登录')),
    languageSwitch(),
  ].filter(Boolean));
}

// The home's mode (home / away / sleep): a switch for owner and member, a label for the others.
const modeLabels = () => ({ home: tr('⌂ Home', '⌂ 在家'), away: tr('✈ Away', '✈ 离家'), sleep: tr('☾ Sleep', '☾ 睡眠') });
function modeSwitch() {
  const mode = store.mode?.mode;
  const ModeLabels = modeLabels();
  if (!mode) return null;
  if (!canControl()) return h('span', { class: 'mode', dataset: { testid: 'home-mode' } }, ModeLabels[mode] ?? mode);
  return h('select', { 'aria-label': tr('Home mode', '家庭模式'), class: 'mode', dataset: { testid: 'home-mode' }, onchange: async (e) => {
    const select = e.currentTarget;
    select.disabled = true;
    try {
      store.mode = await setMode(select.value);
    } catch (error) {
      showApiError(tr('Setting the mode failed', '切换模式失败'), error);
    }
    renderNav();
  } }, Object.entries(ModeLabels).map(([m, label]) => h('option', { value: m, selected: m === mode }, label)));
}

// A run finished or an automation changed: the automations pages show it at once (a trace page
// only for its own run; a running one also polls).
function refreshAutomationsPage(event) {
  const path = location.pathname;
  // An editor keeps its draft: a run or a change elsewhere does not redraw it.
  if (!isAutomationsPage(path) || !automationsVisible() || isAutomationEditorPage(path)) return;
  const runId = event.data?.runId;
  if (/\/runs\//.test(path) && !(runId && path.endsWith(`/runs/${encodeURIComponent(runId)}`))) return;
  route();
}

function signOut() {
  live?.close();
  live = null;
  loaded = false;
  banner.hidden = true;
  delete document.body.dataset.live;
  Object.assign(maker, { vendor: null, vendors: [] });
  Object.assign(store, { home: null, role: null, rooms: [], devices: new Map(), scenes: null, mode: null });
  session.signOut();
  navigate('/signin', true);
}

// Scenes may be added from another phone; refresh their buttons when the app comes back to the front.
document.addEventListener('visibilitychange', async () => {
  if (document.visibilityState === 'visible' && loaded && location.pathname === '/') {
    try {
      await loadScenes();
      renderHome(main);
    } catch (error) {
      showApiError(tr('Refreshing the scenes failed', '刷新场景失败'), error);
    }
  }
});

startPwa();
route();
