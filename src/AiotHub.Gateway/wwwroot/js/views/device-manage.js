// Managing a device from its page (owner and member): rename it, move it to another room, and remove it
// (remove-device.js: asks first and says what goes). PATCH /api/v1/homes/{homeId}/devices/{deviceId} changes
// only what is sent (docs/api.md "Devices"); a bad name is shown at its field.
import { h } from '../dom.js';
import { api, devicePath, ApiError } from '../api.js';
import { store, canControl } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { fieldErrors, showFieldErrors } from './field-errors.js';
import { removeDeviceSection } from './remove-device.js';

export function manageDeviceSections(device) {
  if (!canControl()) return null;
  return [manageSection(device), removeDeviceSection(device)];
}

function manageSection(device) {
  // A re-render for a live change keeps the section (and what is being typed) as it is, unless the
  // device's name or room changed underneath it.
  const shown = document.querySelector(`[data-testid="device-${CSS.escape(device.id)}"] [data-testid="manage-section"]`);
  if (shown && shown.dataset.version === String(device.version)) return shown;

  const name = h('input', { id: 'manage-name', maxlength: 64, value: device.name ?? '', autocomplete: 'off', required: true, dataset: { testid: 'manage-name', field: '$.name' } });
  const placed = store.rooms.some((r) => r.id === device.roomId);
  const room = h('select', { id: 'manage-room', dataset: { testid: 'manage-room', field: '$.roomId' } },
    // The API places a device in a room; taking it out of every room happens only when its room is deleted.
    placed ? null : h('option', { value: '', selected: true }, tr('No room', '未分配房间')),
    store.rooms.map((r) => h('option', { value: r.id, selected: r.id === device.roomId }, r.name)));
  const form = h('form', { class: 'card manage-form', 'aria-labelledby': 'manage-title', dataset: { testid: 'manage-section', version: String(device.version) },
    onsubmit: async (e) => {
      e.preventDefault();
      const body = {};
      const typed = name.value.trim();
      if (typed !== (device.name ?? '')) body.name = typed;
      if (room.value && room.value !== device.roomId) body.roomId = room.value;
      if (Object.keys(body).length === 0) {
        showNotice(tr('Nothing to change.', '没有改动。'), 'manage-saved');
        return;
      }
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      try {
        const updated = await api(devicePath(store.home.id, device.id), { method: 'PATCH', body });
        showFieldErrors(form, {});
        store.devices.set(updated.id, { ...device, ...updated });
        const roomName = store.rooms.find((r) => r.id === updated.roomId)?.name;
        showNotice(body.roomId && roomName
          ? tr(`${updated.name ?? updated.id} is now in ${roomName}.`, `${updated.name ?? updated.id} 已移到${roomName}。`)
          : tr(`Saved: ${updated.name ?? updated.id}.`, `已保存：${updated.name ?? updated.id}。`), 'manage-saved');
        // The page shows the new name and room (the device-updated event does the same for other phones).
        window.dispatchEvent(new CustomEvent('aiothub:devices-changed', { detail: { deviceId: updated.id } }));
      } catch (error) {
        if (!(error instanceof ApiError && showFieldErrors(form, fieldErrors(error)))) showApiError(tr('Save', '保存'), error);
      } finally {
        button.disabled = false;
      }
    } },
  h('h2', { id: 'manage-title' }, tr('Name and room', '名称和房间')),
  h('label', { for: name.id }, tr('Name', '名称')), name,
  h('label', { for: room.id }, tr('Room', '房间')), room,
  h('p', { class: 'muted' }, tr('A new room is made on the ', '新房间请在'), h('a', { href: '/rooms', 'data-link': true }, tr('Rooms page', '房间管理')), tr('.', '中创建。')),
  h('button', { type: 'submit', class: 'primary', dataset: { testid: 'manage-save' } }, tr('Save', '保存')));
  return form;
}
