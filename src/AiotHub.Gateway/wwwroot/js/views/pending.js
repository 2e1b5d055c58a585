// The inbox (/pending, owner and member): devices that arrived and wait for someone — new devices to name, place
// and take into the home, devices of an unknown model, and model changes a device announced that the hub holds
// until someone decides (docs/api.md "Pending devices"). Approve takes a new device in (with the name and room
// chosen here) or applies the change; reject removes a device nobody took in, or drops the change. The header's
// "Inbox (n)" link counts what waits.
import { h, formatTime } from '../dom.js';
import { api, homePath, devicePath, listAll, ApiError } from '../api.js';
import { store, canControl, reloadDevice } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { fieldErrors, showFieldErrors } from './field-errors.js';

const kindLabel = (kind) => ({
  new: tr('New device', '新设备'),
  'unknown-model': tr('Unknown model', '未知型号'),
  change: tr('Model change', '型号变更'),
}[kind] ?? kind);

export const isPendingPage = (path) => path === '/pending';

// How many devices wait, from what the app already knows (every device of the home, with its status and held change).
export function pendingCount() {
  return [...store.devices.values()].filter((d) => d.status !== 'active' || d.pending).length;
}

// The header's link to the inbox with its count, for those who may decide; nothing while nothing waits.
export function pendingLink() {
  const count = pendingCount();
  if (!canControl() || count === 0) return null;
  return h('a', { href: '/pending', 'data-link': true, class: 'inbox-link', dataset: { testid: 'nav-pending' },
    'aria-label': tr(`Inbox: ${count} ${count === 1 ? 'device waits' : 'devices wait'}`, `待处理：${count} 个设备`) },
  tr('Inbox', '待处理'), ' ', h('span', { class: 'count', dataset: { testid: 'nav-pending-count' } }, String(count)));
}

export async function renderPending(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner and members decide about devices.', '只有主人和成员可以处理设备。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const list = h('div', { dataset: { testid: 'pending-list' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  main.replaceChildren(h('div', { class: 'pending-page manage', dataset: { testid: 'pending-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Inbox', '待处理设备')),
    h('p', { class: 'muted' }, tr('New devices wait here until you name them, choose their room and approve them. A device that announces another model waits here too.',
      '新设备会在这里等待：给它起名、选择房间，然后批准。设备声明了其他型号时也会在这里等待处理。')),
    h('p', { class: 'manage-links' },
      h('a', { href: '/devices/add', 'data-link': true, dataset: { testid: 'inbox-add-device' } }, tr('Add a device', '添加设备')),
      h('a', { href: '/rooms', 'data-link': true }, tr('Rooms', '房间管理'))),
    list));
  await fill(list);
}

// A live change (a device added, a change held or decided): the open inbox shows it at once, keeping what
// was typed into the entries that are still there.
export function refreshPendingPage() {
  const list = document.querySelector('[data-testid="pending-list"]');
  if (list) fill(list);
}

let fillRequest = 0;

async function fill(list) {
  const request = ++fillRequest;
  let items;
  try {
    items = await listAll(`${homePath(store.home.id)}/devices/pending`);
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error' }, error.message));
    return;
  }
  if (request !== fillRequest) return;
  const shown = new Map([...list.querySelectorAll('li[data-device-id]')].map((li) => [li.dataset.deviceId, li]));
  list.replaceChildren(items.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'pending-empty' } }, tr('Nothing waits for a decision.', '没有待处理的设备。'))
    : h('ul', { class: 'pending' }, items.map((item) => {
      const old = shown.get(item.deviceId);
      // The same entry at the same version keeps its typed name, chosen room and open confirmation.
      return old && old.dataset.version === String(item.version) && old.dataset.kind === item.kind ? old : entry(item, list);
    })));
}

function entry(item, list) {
  const id = `p-${item.deviceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const isNew = item.kind === 'new';
  const name = isNew ? h('input', { id: `${id}-name`, maxlength: 64, value: item.name ?? '', autocomplete: 'off', dataset: { testid: 'pending-name', field: '$.name' } }) : null;
  const room = isNew
    ? h('select', { id: `${id}-room`, dataset: { testid: 'pending-room', field: '$.roomId' } },
      h('option', { value: '' }, tr('No room yet', '暂不选择房间')), store.rooms.map((r) => h('option', { value: r.id }, r.name)))
    : null;
  const buttons = [];
  const decide = async (decision, body) => {
    buttons.forEach((b) => { b.disabled = true; });
    showFieldErrors(li, {});
    try {
      const answer = await api(`${devicePath(store.home.id, item.deviceId)}/${decision}`, { method: 'POST', body });
      if (answer?.removed) store.devices.delete(item.deviceId);
      else await reloadDevice(item.deviceId);
      const label = answer?.device?.name ?? item.name ?? item.deviceId;
      showNotice(decision === 'approve'
        ? tr(`${label}: approved.`, `${label}：已批准。`)
        : answer?.removed ? tr(`${label}: rejected and removed.`, `${label}：已拒绝并移除。`) : tr(`${label}: change rejected.`, `${label}：已拒绝变更。`), 'pending-decided');
      window.dispatchEvent(new CustomEvent('aiothub:devices-changed'));
    } catch (error) {
      buttons.forEach((b) => { b.disabled = false; });
      // A bad name (empty, a control character) shows at its field; anything else as a message.
      if (error instanceof ApiError && showFieldErrors(li, fieldErrors(error))) return;
      showApiError(decision === 'approve' ? tr('Approve', '批准') : tr('Reject', '拒绝'), error);
      return;
    }
    await fill(list);
  };
  const approveBody = () => {
    if (!isNew) return undefined;
    const body = {};
    // A name left empty keeps the one it announced (or its id).
    const typed = name.value.trim();
    if (typed && typed !== item.name) body.name = typed;
    if (room.value) body.roomId = room.value;
    return body;
  };
  const approve = h('button', { type: 'button', class: 'primary', dataset: { testid: 'approve' }, disabled: item.kind === 'unknown-model',
    onclick: () => decide('approve', approveBody()) }, isNew ? tr('Approve', '批准加入') : tr('Approve', '批准'));
  // Rejecting a device nobody took in removes it with its recorded history: say so and ask first.
  const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': tr('Confirm rejecting', '确认拒绝'), dataset: { testid: 'reject-confirm' } },
    h('p', {}, item.kind === 'change'
      ? tr(`Keep ${item.name} as it is? The model it announced is not applied.`, `保持 ${item.name} 不变？不会应用它声明的型号。`)
      : tr(`Reject ${item.name}? It is removed from the home with its recorded history. If it connects again it comes back here.`,
        `拒绝 ${item.name}？它会连同历史记录一起从家中移除。如果它再次连接，会重新出现在这里。`)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'reject-confirm-button' }, onclick: () => decide('reject') }, tr('Reject', '拒绝')),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; approve.hidden = false; reject.hidden = false; } }, tr('Cancel', '取消'))));
  const reject = h('button', { type: 'button', class: 'danger', dataset: { testid: 'reject' },
    onclick: () => { confirm.hidden = false; approve.hidden = true; reject.hidden = true; } }, tr('Reject…', '拒绝…'));
  buttons.push(approve, reject, ...confirm.querySelectorAll('button'));
  const li = h('li', { class: 'card', dataset: { testid: `pending-${item.deviceId}`, kind: item.kind, deviceId: item.deviceId, version: String(item.version) } },
    h('header', {}, h('h2', { class: 'pending-title' }, item.name ?? item.deviceId), h('span', { class: 'badge' }, kindLabel(item.kind))),
    isNew ? null : h('p', { dataset: { testid: 'pending-reason' } }, item.reason), // a new device's reason is its badge
    h('p', { class: 'muted' }, `${item.deviceId} · ${item.model ?? '?'} · ${tr('since', '始于')} ${formatTime(item.since)}`),
    item.kind === 'unknown-model' ? h('p', { class: 'muted' }, tr('The hub needs this model\'s profile before it can be approved.', '需要先上传此型号的配置文件才能批准。')) : null,
    isNew ? h('div', { class: 'field' }, h('label', { for: name.id }, tr('Name', '名称')), name) : null,
    isNew ? h('div', { class: 'field' }, h('label', { for: room.id }, tr('Room', '房间')), room) : null,
    h('div', { class: 'actions' }, approve, reject),
    confirm);
  return li;
}

// On a device's page: the change it announced that waits, with the way to the decision.
export function pendingNotice(device) {
  if (!device.pending && device.status === 'active') return null;
  return h('p', { class: 'card pending-notice', role: 'status', dataset: { testid: 'device-pending' } },
    device.pending ? tr(`Waiting for approval: ${device.pending.reason}. `, `等待批准：${device.pending.reason}。`)
      : tr('This device waits in the inbox to be approved. ', '此设备正在待处理列表中等待批准。'),
    canControl() ? h('a', { href: '/pending', 'data-link': true }, tr('Decide…', '去处理…')) : null);
}
