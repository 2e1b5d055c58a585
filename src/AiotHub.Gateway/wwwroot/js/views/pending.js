// The pending devices (/pending, owner and member): new devices to take into the home, devices of an
// unknown model, and model changes a device announced that the hub holds until someone decides
// (docs/api.md "Pending devices"). Approve applies the change or takes the device in (into a room,
// if one is chosen); reject drops the change, or removes a device nobody took in.
import { h, formatTime } from '../dom.js';
import { api, homePath, devicePath, listAll } from '../api.js';
import { store, canControl, reloadDevice } from '../store.js';
import { showApiError, showNotice } from '../messages.js';

const KindLabels = { new: 'New device', 'unknown-model': 'Unknown model', change: 'Model change' };

export const isPendingPage = (path) => path === '/pending';

// How many devices wait, from what the app already knows (every device of the home, with its status and held change).
export function pendingCount() {
  return [...store.devices.values()].filter((d) => d.status !== 'active' || d.pending).length;
}

// The header's link to the inbox, for those who may decide; nothing while nothing waits.
export function pendingLink() {
  const count = pendingCount();
  if (!canControl() || count === 0) return null;
  return h('a', { href: '/pending', 'data-link': true, dataset: { testid: 'nav-pending' } }, `Pending (${count})`);
}

export async function renderPending(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, 'Only the owner and members decide about devices.'),
      h('a', { href: '/', 'data-link': true }, 'Back to the home'));
    return;
  }
  const list = h('div', { dataset: { testid: 'pending-list' } }, h('p', { class: 'muted' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'pending-page', dataset: { testid: 'pending-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, '← Home'),
    h('h1', {}, 'Pending devices'),
    h('p', { class: 'muted' }, 'Devices that announced themselves, or announced another model, wait here until you decide.'),
    list));
  await fill(list);
}

// A live change (a device added, a change held or decided): the open inbox shows it at once.
export function refreshPendingPage() {
  const list = document.querySelector('[data-testid="pending-list"]');
  if (list) fill(list);
}

async function fill(list) {
  let items;
  try {
    items = await listAll(`${homePath(store.home.id)}/devices/pending`);
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
    return;
  }
  list.replaceChildren(items.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'pending-empty' } }, 'Nothing waits for a decision.')
    : h('ul', { class: 'pending' }, items.map((item) => entry(item, list))));
}

function entry(item, list) {
  const room = item.kind === 'new'
    ? h('select', { 'aria-label': `Room for ${item.name}`, dataset: { testid: 'pending-room' } },
      h('option', { value: '' }, 'No room'), store.rooms.map((r) => h('option', { value: r.id }, r.name)))
    : null;
  const buttons = [];
  const decide = async (decision, body) => {
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const answer = await api(`${devicePath(store.home.id, item.deviceId)}/${decision}`, { method: 'POST', body });
      if (answer?.removed) store.devices.delete(item.deviceId);
      else await reloadDevice(item.deviceId);
      showNotice(`${item.name}: ${decision === 'approve' ? 'approved' : answer?.removed ? 'rejected and removed' : 'change rejected'}.`, 'pending-decided');
    } catch (error) {
      showApiError(decision === 'approve' ? 'Approve' : 'Reject', error);
    }
    await fill(list);
  };
  const approve = h('button', { type: 'button', class: 'primary', dataset: { testid: 'approve' }, disabled: item.kind === 'unknown-model',
    title: item.kind === 'unknown-model' ? 'The hub needs this model\'s profile first.' : null,
    onclick: () => decide('approve', room?.value ? { roomId: room.value } : undefined) }, 'Approve');
  const reject = h('button', { type: 'button', class: 'danger', dataset: { testid: 'reject' }, onclick: () => {
    // Rejecting a device nobody took in removes it, with its recorded history.
    if (item.kind !== 'change' && !window.confirm(`Reject ${item.name}? It is removed from the home with its history.`)) return;
    decide('reject');
  } }, 'Reject');
  buttons.push(approve, reject);
  return h('li', { class: 'card', dataset: { testid: `pending-${item.deviceId}`, kind: item.kind } },
    h('header', {}, h('strong', {}, item.name), ' ', h('span', { class: 'badge' }, KindLabels[item.kind] ?? item.kind)),
    h('p', { dataset: { testid: 'pending-reason' } }, item.reason),
    h('p', { class: 'muted' }, `${item.deviceId} · ${item.model} · since ${formatTime(item.since)}`),
    room ? h('label', {}, 'Room ', room) : null,
    h('div', { class: 'actions' }, approve, reject));
}

// On a device's page: the change it announced that waits, with the way to the decision.
export function pendingNotice(device) {
  if (!device.pending) return null;
  return h('p', { class: 'card pending-notice', role: 'status', dataset: { testid: 'device-pending' } },
    `Waiting for approval: ${device.pending.reason}. `,
    canControl() ? h('a', { href: '/pending', 'data-link': true }, 'Decide…') : null);
}
