// "Add a device" (owner, member): a one-time pairing code for one device, its expiry and a QR code of the
// payload the hub gives (docs/security.md "Pairing a device"); the open codes, each cancellable.
import { h, formatTime } from '../dom.js';
import { api, homePath, listAll } from '../api.js';
import { store, canControl } from '../store.js';
import { showApiError } from '../messages.js';
import { renderSVG } from '../../vendor/uqr/uqr.mjs';

export async function renderAddDevice(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, 'Only the owner or a member adds devices.'),
      h('a', { href: '/', 'data-link': true }, 'Back to the home'));
    return;
  }
  const name = h('input', { id: 'pair-name', maxlength: 64, placeholder: 'Desk lamp' });
  const room = h('select', { id: 'pair-room' }, h('option', { value: '' }, 'No room yet'),
    store.rooms.map((r) => h('option', { value: r.id }, r.name)));
  const result = h('div', { dataset: { testid: 'pairing-code' } });
  const list = h('div', { dataset: { testid: 'pairing-list' } });
  main.replaceChildren(
    h('a', { href: '/', 'data-link': true, class: 'back' }, '← Home'),
    h('h1', {}, 'Add a device'),
    h('form', { class: 'card', 'aria-label': 'New pairing code', onsubmit: async (e) => {
      e.preventDefault();
      const body = {};
      if (name.value.trim()) body.name = name.value.trim();
      if (room.value) body.roomId = room.value;
      try {
        showCode(result, await api(`${homePath(store.home.id)}/pairings`, { method: 'POST', body }));
        await fillList(list);
      } catch (error) {
        showApiError('Add a device', error);
      }
    } },
    h('p', { class: 'muted' }, 'The device asks for a code when it is put in pairing mode: type it in, or scan the QR code with the device maker\'s app. A code works once, for 10 minutes.'),
    h('label', { for: 'pair-name' }, 'Name (optional)'), name,
    h('label', { for: 'pair-room' }, 'Room'), room,
    h('button', { type: 'submit', class: 'primary', dataset: { testid: 'pair-create' } }, 'Get a pairing code')),
    result,
    h('section', { class: 'card' }, h('h2', {}, 'Open codes'), list));
  await fillList(list);
}

function showCode(result, pairing) {
  const svg = new DOMParser().parseFromString(renderSVG(pairing.qrPayload, { pixelSize: 6 }), 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'QR code with the pairing code and the hub\'s address');
  const grouped = `${pairing.code.slice(0, 5)} ${pairing.code.slice(5)}`;
  result.replaceChildren(h('section', { class: 'card pairing' },
    h('p', {}, 'Pairing code — shown only now:'),
    h('p', { class: 'secret code', dataset: { testid: 'pairing-digits' } }, grouped),
    h('p', { class: 'muted', dataset: { testid: 'pairing-expires' } }, `Valid until ${formatTime(pairing.expires)}`),
    h('div', { class: 'qr', dataset: { testid: 'pairing-qr' } }, document.importNode(svg, true))));
}

async function fillList(list) {
  try {
    const open = await listAll(`${homePath(store.home.id)}/pairings`);
    list.replaceChildren(open.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ul', {}, open.map((p) => h('li', {},
      h('strong', {}, p.name ?? p.deviceId ?? 'A new device'), h('span', { class: 'muted' }, ` until ${formatTime(p.expires)} `),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        try {
          await api(`${homePath(store.home.id)}/pairings/${encodeURIComponent(p.id)}`, { method: 'DELETE' });
          await fillList(list);
        } catch (error) {
          showApiError('Cancel', error);
        }
      } }, 'Cancel')))));
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
