// "Remove device" on a device's page (owner and member): a confirmation that says what goes, with
// the choice, for the owner, to keep its recorded history or delete it (docs/api.md "Removing a device").
import { h } from '../dom.js';
import { api, devicePath } from '../api.js';
import { store, canControl, isOwner } from '../store.js';
import { showApiError, showNotice } from '../messages.js';

export function removeDeviceSection(device) {
  if (!canControl()) return null;
  // A re-render for a live change keeps the section as it is (an open confirmation stays open).
  const shown = document.querySelector(`[data-testid="device-${CSS.escape(device.id)}"] [data-testid="remove-section"]`);
  if (shown) return shown;
  const purge = h('input', { type: 'checkbox', id: 'remove-purge', dataset: { testid: 'remove-purge' } });
  const confirm = h('div', { class: 'confirm', hidden: true, dataset: { testid: 'remove-confirm' } },
    h('p', {}, `Remove ${device.name ?? device.id} from the home? Commands on their way are cancelled, and scenes and automations that use it stop working. If it connects again it comes back as a new device.`),
    // Deleting history is the owner's call (the API answers a member 403); a member removes and keeps it.
    isOwner() ? h('label', { for: 'remove-purge' }, purge, ' Also delete its recorded history') : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'remove-confirm-button' }, onclick: async (e) => {
        e.currentTarget.disabled = true;
        try {
          await api(`${devicePath(store.home.id, device.id)}?history=${purge.checked ? 'purge' : 'keep'}`, { method: 'DELETE' });
          store.devices.delete(device.id);
          showNotice(`Removed ${device.name ?? device.id}.`, 'device-removed');
          // Back to the home, through the app's router (it follows popstate).
          history.pushState(null, '', '/');
          window.dispatchEvent(new PopStateEvent('popstate'));
        } catch (error) {
          e.currentTarget.disabled = false;
          showApiError('Remove', error);
        }
      } }, 'Remove'),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; start.hidden = false; } }, 'Cancel')));
  const start = h('button', { type: 'button', class: 'danger', dataset: { testid: 'remove-device' },
    onclick: () => { confirm.hidden = false; start.hidden = true; } }, 'Remove device…');
  return h('section', { class: 'card', 'aria-labelledby': 'remove-title', dataset: { testid: 'remove-section' } },
    h('h2', { id: 'remove-title' }, 'Remove'), start, confirm);
}
