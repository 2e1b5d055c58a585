// "Remove device" on a device's page (owner and member): a confirmation that says what goes, with
// the choice, for the owner, to keep its recorded history or delete it (docs/api.md "Removing a device").
import { h } from '../dom.js';
import { api, devicePath } from '../api.js';
import { store, canControl, isOwner } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';

export function removeDeviceSection(device) {
  if (!canControl()) return null;
  // A re-render for a live change keeps the section as it is (an open confirmation stays open), unless the
  // device was renamed: the confirmation names it.
  const shown = document.querySelector(`[data-testid="device-${CSS.escape(device.id)}"] [data-testid="remove-section"]`);
  if (shown && shown.dataset.name === (device.name ?? device.id)) return shown;
  const purge = h('input', { type: 'checkbox', id: 'remove-purge', dataset: { testid: 'remove-purge' } });
  const confirm = h('div', { class: 'confirm', hidden: true, dataset: { testid: 'remove-confirm' } },
    h('p', {}, tr(`Remove ${device.name ?? device.id} from the home? Commands on their way are cancelled, and scenes and automations that use it stop working. If it connects again it comes back as a new device in the inbox.`,
      `从家中移除 ${device.name ?? device.id}？正在发送的指令会被取消，用到它的场景和自动化将无法运行。如果它再次连接，会作为新设备出现在待处理列表中。`)),
    // Deleting history is the owner's call (the API answers a member 403); a member removes and keeps it.
    isOwner() ? h('label', { for: 'remove-purge' }, purge, tr(' Also delete its recorded history', ' 同时删除它的历史记录')) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'remove-confirm-button' }, onclick: async (e) => {
        e.currentTarget.disabled = true;
        try {
          await api(`${devicePath(store.home.id, device.id)}?history=${purge.checked ? 'purge' : 'keep'}`, { method: 'DELETE' });
          store.devices.delete(device.id);
          showNotice(tr(`Removed ${device.name ?? device.id}.`, `已移除 ${device.name ?? device.id}。`), 'device-removed');
          // Back to the home, through the app's router (it follows popstate).
          history.pushState(null, '', '/');
          window.dispatchEvent(new PopStateEvent('popstate'));
        } catch (error) {
          e.currentTarget.disabled = false;
          showApiError(tr('Remove', '移除'), error);
        }
      } }, tr('Remove', '移除')),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; start.hidden = false; } }, tr('Cancel', '取消'))));
  const start = h('button', { type: 'button', class: 'danger', dataset: { testid: 'remove-device' },
    onclick: () => { confirm.hidden = false; start.hidden = true; } }, tr('Remove device…', '移除设备…'));
  return h('section', { class: 'card', 'aria-labelledby': 'remove-title', dataset: { testid: 'remove-section', name: device.name ?? device.id } },
    h('h2', { id: 'remove-title' }, tr('Remove', '移除设备')), start, confirm);
}
