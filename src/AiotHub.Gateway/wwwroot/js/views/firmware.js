// The Firmware page (/firmware, owner and member; docs/app.md "Firmware"): what the home's devices run and the updates
// their makers offer — the version, the release notes in the app's language, where each update is (downloading 40 %,
// waiting for quiet hours to end, failed with the device's reason), and for the owner *Postpone*, *Refuse* and
// *Allow*; the owner's switch that makes the home a tester (it gets new firmware first) and its quiet hours (no
// update is installed inside them). Members read all of it; guests and integrators do not see the page (the API
// answers them 403). While an update is on its way the page asks the hub again every few seconds.
import { h } from '../dom.js';
import { canControl, isOwner } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { getHomeFirmware, putFirmwareSettings, hhmm } from '../firmware.js';
import { updateBlock } from './firmware-update.js';
import { showFieldErrors, fieldErrors } from './field-errors.js';

export const isFirmwarePage = (path) => path === '/firmware';
export const firmwareVisible = () => canControl();

export const firmwareLink = () => (firmwareVisible()
  ? h('a', { href: '/firmware', 'data-link': true, dataset: { testid: 'nav-firmware' } }, tr('Firmware', '固件'))
  : null);

const PollMs = 3000;
let timer = null;

export async function renderFirmware(main) {
  clearTimeout(timer);
  if (!firmwareVisible()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner and members see firmware updates.', '只有管理员和成员可以查看固件更新。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const list = h('div', { dataset: { testid: 'firmware-devices' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const settings = h('section', { class: 'card', 'aria-labelledby': 'firmware-settings-title', dataset: { testid: 'firmware-settings' } },
    h('h2', { id: 'firmware-settings-title' }, tr('Updates in this home', '本家庭的更新设置')));
  const page = h('div', { class: 'firmware-page', dataset: { testid: 'firmware-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Firmware', '固件')),
    h('p', { class: 'muted' }, tr('Device makers publish new firmware for their devices. The hub checks that each release is signed by its maker and brings it to a few homes at a time, stopping it when it causes trouble.',
      '设备厂商会为设备发布新固件。网关会核对每个版本是否由厂商签名，并分批推送给各个家庭，出现问题时自动停止推送。')),
    list, settings);
  main.replaceChildren(page);
  await load(page, list, settings, true);
}

async function load(page, list, settings, first) {
  let answer;
  try {
    answer = await getHomeFirmware();
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'firmware-error' } }, tr(`Could not load the firmware: ${error.message}`, `无法加载固件信息：${error.message}`)));
    return;
  }
  if (!page.isConnected) return;
  const reload = () => load(page, list, settings, false);
  fillDevices(list, answer.devices ?? [], reload);
  if (first) fillSettings(settings, answer.settings ?? {});
  // Follow an update on its way; stop when the page goes or nothing moves.
  clearTimeout(timer);
  if ((answer.devices ?? []).some((d) => d.update && ['scheduled', 'downloading', 'ready', 'applying'].includes(d.update.state))) {
    timer = setTimeout(() => { if (page.isConnected) reload(); }, PollMs);
  }
}

function fillDevices(list, devices, reload) {
  const withUpdate = devices.filter((d) => d.update);
  const upToDate = devices.filter((d) => !d.update);
  const byName = (a, b) => String(a.name ?? a.deviceId).localeCompare(String(b.name ?? b.deviceId));
  list.replaceChildren(
    h('h2', {}, tr('Updates', '更新')),
    withUpdate.length === 0
      ? h('p', { class: 'muted', dataset: { testid: 'firmware-no-updates' } }, tr('No updates for the devices in this home right now.', '目前没有适用于本家庭设备的更新。'))
      : h('ul', { class: 'firmware-list' }, withUpdate.sort(byName).map((d) => h('li', { class: 'card firmware-device', dataset: { testid: `firmware-device-${d.deviceId}`, state: d.update.state } },
        h('h3', {}, h('a', { href: `/devices/${encodeURIComponent(d.deviceId)}`, 'data-link': true }, d.name ?? d.deviceId)),
        h('p', { class: 'muted' }, h('span', { translate: 'no' }, d.model ?? '')),
        updateBlock(d, { canChange: isOwner(), onChanged: reload })))),
    upToDate.length ? h('details', { class: 'card', dataset: { testid: 'firmware-up-to-date' } },
      h('summary', {}, tr(`${upToDate.length} ${upToDate.length === 1 ? 'device has' : 'devices have'} no update`, `${upToDate.length} 个设备没有更新`)),
      h('ul', { class: 'plain-list' }, upToDate.sort(byName).map((d) => h('li', {},
        h('a', { href: `/devices/${encodeURIComponent(d.deviceId)}`, 'data-link': true }, d.name ?? d.deviceId), ' ',
        h('span', { class: 'muted', translate: 'no' }, d.firmware ?? '—'))))) : null);
}

function fillSettings(section, settings) {
  const heading = section.firstElementChild;
  const quiet = settings.quietHours ?? null;
  if (!isOwner()) {
    section.replaceChildren(heading,
      h('p', { dataset: { testid: 'firmware-tester-state' } }, settings.tester
        ? tr('This home is a tester: it gets new firmware before other homes.', '本家庭是测试用户：会比其他家庭先收到新固件。')
        : tr('This home gets new firmware after the testers have tried it.', '本家庭在测试用户试用之后才收到新固件。')),
      h('p', { dataset: { testid: 'firmware-quiet-state' } }, quiet
        ? tr(`No update is installed between ${hhmm(quiet.start)} and ${hhmm(quiet.end)}.`, `${hhmm(quiet.start)} 至 ${hhmm(quiet.end)} 之间不安装更新。`)
        : tr('Updates may be installed at any time of day.', '一天中任何时间都可以安装更新。')),
      h('p', { class: 'muted' }, tr('The owner can change this.', '管理员可以修改这些设置。')));
    return;
  }
  const tester = h('input', { type: 'checkbox', role: 'switch', class: 'switch', id: 'firmware-tester', checked: Boolean(settings.tester), dataset: { testid: 'firmware-tester' } });
  const quietOn = h('input', { type: 'checkbox', role: 'switch', class: 'switch', id: 'firmware-quiet', checked: Boolean(quiet), dataset: { testid: 'firmware-quiet' } });
  const start = h('input', { type: 'time', id: 'firmware-quiet-start', value: quiet ? hhmm(quiet.start) : '22:00', required: true, dataset: { testid: 'firmware-quiet-start', field: '$.quietHours.start' } });
  const end = h('input', { type: 'time', id: 'firmware-quiet-end', value: quiet ? hhmm(quiet.end) : '07:00', required: true, dataset: { testid: 'firmware-quiet-end', field: '$.quietHours.end' } });
  const times = h('div', { class: 'quiet-times', hidden: !quiet },
    h('label', { for: start.id }, tr('From', '从')), start, h('label', { for: end.id }, tr('to', '到')), end);
  quietOn.addEventListener('change', () => { times.hidden = !quietOn.checked; });
  const save = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'firmware-settings-save' } }, tr('Save', '保存'));
  const form = h('form', { class: 'firmware-settings', onsubmit: async (e) => {
    e.preventDefault();
    save.disabled = true;
    const body = { tester: tester.checked, quietHours: quietOn.checked ? { start: start.value, end: end.value } : null };
    try {
      const saved = await putFirmwareSettings(body);
      showFieldErrors(form, {});
      const q = saved?.quietHours ?? body.quietHours;
      showNotice(q
        ? tr(`Saved. Updates are not installed between ${hhmm(q.start)} and ${hhmm(q.end)}.`, `已保存。${hhmm(q.start)} 至 ${hhmm(q.end)} 之间不安装更新。`)
        : tr('Saved. Updates may be installed at any time.', '已保存。任何时间都可以安装更新。'), 'firmware-settings-saved');
    } catch (error) {
      if (!showFieldErrors(form, fieldErrors(error))) showApiError(tr('Saving the update settings', '保存更新设置'), error);
    } finally {
      save.disabled = false;
    }
  } },
  h('div', { class: 'switch-row' }, tester, h('label', { for: tester.id }, tr('Be a tester: get new firmware first, before other homes', '成为测试用户：比其他家庭先收到新固件'))),
  h('p', { class: 'muted' }, tr('Testers help makers find problems early. An update that fails on testers\' devices is stopped before it reaches anyone else.',
    '测试用户帮助厂商尽早发现问题。如果更新在测试用户的设备上失败，就不会再推送给其他人。')),
  h('div', { class: 'switch-row' }, quietOn, h('label', { for: quietOn.id }, tr('Quiet hours: do not install updates at night', '免打扰时段：夜间不安装更新'))),
  times,
  h('p', { class: 'muted' }, tr('Inside quiet hours an update may still download; it is installed when they end.', '免打扰时段内仍可下载更新，结束后再安装。')),
  h('div', { class: 'actions' }, save));
  section.replaceChildren(heading, form);
}

