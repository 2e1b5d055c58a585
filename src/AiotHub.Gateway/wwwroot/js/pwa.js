// Installable app and the hub's reachability (docs/app.md "Installable").
//
// Registers the service worker (sw.js: the shell from the cache, the data always from the hub). When an upgraded hub
// brings a new shell, the new worker takes over and the page loads once more, so it never runs old and new modules
// side by side. And says plainly when the hub cannot be reached: js/api.js reports each call that got no answer at
// all ('aiothub:unreachable') and each that did ('aiothub:reachable'); the browser reports losing the network.
import { h } from './dom.js';
import { tr } from './i18n.js';

export function startPwa() {
  registerServiceWorker();
  const banner = document.getElementById('offline');
  if (!banner) return;
  const show = () => {
    banner.replaceChildren(
      h('span', {}, tr('The hub cannot be reached. Devices and automations show again once it answers.',
        '无法连接到网关。网关恢复后会重新显示设备和自动化。')),
      h('button', { type: 'button', dataset: { testid: 'offline-retry' }, onclick: () => location.reload() }, tr('Retry', '重试')));
    banner.hidden = false;
  };
  const hide = () => { banner.hidden = true; };
  window.addEventListener('aiothub:unreachable', show);
  window.addEventListener('offline', show);
  window.addEventListener('aiothub:reachable', hide);
  window.addEventListener('online', () => location.reload());
  // The language changed: say it again in the new one.
  window.addEventListener('aiothub:language', () => { if (!banner.hidden) show(); });
  if (navigator.onLine === false) show();
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new shell took over from an older one (not the first install): load it.
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Not installable here (a private window, an insecure origin other than localhost): the app works as a page.
  });
}
