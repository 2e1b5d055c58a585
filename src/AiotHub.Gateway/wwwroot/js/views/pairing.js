// "Add a device" (owner, member): a one-time pairing code for one device, its expiry and a QR code of the
// payload the hub gives (docs/security.md "Pairing a device"); the open codes, each cancellable.
import { h, formatTime } from '../dom.js';
import { api, homePath, listAll } from '../api.js';
import { store, canControl } from '../store.js';
import { showApiError } from '../messages.js';
import { tr } from '../i18n.js';
import { renderSVG } from '../../vendor/uqr/uqr.mjs';

export async function renderAddDevice(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner or a member adds devices.', '只有管理员或成员可以添加设备。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const name = h('input', { id: 'pair-name', maxlength: 64, placeholder: tr('Desk lamp', '台灯') });
  const room = h('select', { id: 'pair-room' }, h('option', { value: '' }, tr('No room yet', '暂不分配房间')),
    store.rooms.map((r) => h('option', { value: r.id }, r.name)));
  const result = h('div', { dataset: { testid: 'pairing-code' } });
  const list = h('div', { dataset: { testid: 'pairing-list' } });
  main.replaceChildren(
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Add a device', '添加设备')),
    h('form', { class: 'card', 'aria-label': tr('New pairing code', '新配对码'), onsubmit: async (e) => {
      e.preventDefault();
      const body = {};
      if (name.value.trim()) body.name = name.value.trim();
      if (room.value) body.roomId = room.value;
      try {
        showCode(result, await api(`${homePath(store.home.id)}/pairings`, { method: 'POST', body }));
        await fillList(list);
      } catch (error) {
        showApiError(tr('Add a device', '添加设备'), error);
      }
    } },
    h('p', { class: 'muted' }, tr('The device asks for a code when it is put in pairing mode: type it in, or scan the QR code with the device maker\'s app. A code works once, for 10 minutes.',
      '设备进入配对模式后会要求输入配对码：直接输入，或用设备厂商的手机应用扫描二维码。每个配对码只能用一次，10 分钟内有效。')),
    h('label', { for: 'pair-name' }, tr('Name (optional)', '名称（选填）')), name,
    h('label', { for: 'pair-room' }, tr('Room', '房间')), room,
    h('button', { type: 'submit', class: 'primary', dataset: { testid: 'pair-create' } }, tr('Get a pairing code', '获取配对码'))),
    result,
    h('section', { class: 'card' }, h('h2', {}, tr('Open codes', '未使用的配对码')), list));
  await fillList(list);
}

function showCode(result, pairing) {
  const svg = new DOMParser().parseFromString(renderSVG(pairing.qrPayload, { pixelSize: 6 }), 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', tr('QR code with the pairing code and the hub\'s address', '包含配对码和网关地址的二维码'));
  const grouped = `${pairing.code.slice(0, 5)} ${pairing.code.slice(5)}`;
  result.replaceChildren(h('section', { class: 'card pairing' },
    h('p', {}, tr('Pairing code — shown only now:', '配对码（只显示这一次）：')),
    h('p', { class: 'secret code', dataset: { testid: 'pairing-digits' } }, grouped),
    h('p', { class: 'muted', dataset: { testid: 'pairing-expires' } }, tr(`Valid until ${formatTime(pairing.expires)}`, `有效期至 ${formatTime(pairing.expires)}`)),
    h('div', { class: 'qr', dataset: { testid: 'pairing-qr' } }, document.importNode(svg, true))));
}

async function fillList(list) {
  try {
    const open = await listAll(`${homePath(store.home.id)}/pairings`);
    list.replaceChildren(open.length === 0 ? h('p', { class: 'muted' }, tr('None.', '暂无。')) : h('ul', {}, open.map((p) => h('li', {},
      h('strong', {}, p.name ?? p.deviceId ?? tr('A new device', '新设备')), h('span', { class: 'muted' }, tr(` until ${formatTime(p.expires)} `, ` 有效期至 ${formatTime(p.expires)} `)),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        try {
          await api(`${homePath(store.home.id)}/pairings/${encodeURIComponent(p.id)}`, { method: 'DELETE' });
          await fillList(list);
        } catch (error) {
          showApiError(tr('Cancel', '取消'), error);
        }
      } }, tr('Cancel', '取消'))))));
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
