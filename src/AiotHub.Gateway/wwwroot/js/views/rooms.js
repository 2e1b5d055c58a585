// Rooms (/rooms): the home's rooms with how many devices each holds; owner and member create, rename and delete
// them (docs/api.md "Homes and rooms"). Deleting a room removes no device: its devices stay in the home without a
// room (the home page's "No room"), and the page says so before and after. Others see the list only.
import { h } from '../dom.js';
import { api, homePath, ApiError } from '../api.js';
import { store, canControl, reloadRooms } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { fieldErrors, showFieldErrors } from './field-errors.js';

export const isRoomsPage = (path) => path === '/rooms';

// The header's link to the rooms page.
export const roomsLink = () => h('a', { href: '/rooms', 'data-link': true, dataset: { testid: 'nav-rooms' } }, tr('Rooms', '房间'));

const devicesIn = (roomId) => [...store.devices.values()].filter((d) => d.roomId === roomId);
const countText = (n) => tr(`${n} ${n === 1 ? 'device' : 'devices'}`, `${n} 个设备`);
const roomPath = (roomId) => `${homePath(store.home.id)}/rooms/${encodeURIComponent(roomId)}`;

export async function renderRooms(main) {
  try {
    await reloadRooms();
  } catch (error) {
    showApiError(tr('Loading the rooms failed', '加载房间失败'), error);
  }
  const list = h('ul', { class: 'rooms-list', dataset: { testid: 'rooms-list' } });
  main.replaceChildren(h('div', { class: 'rooms-page manage', dataset: { testid: 'rooms-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Rooms', '房间')),
    canControl() ? createForm(list) : h('p', { class: 'muted' }, tr('Only the owner and members change rooms.', '只有主人和成员可以修改房间。')),
    h('section', { 'aria-labelledby': 'rooms-title' }, h('h2', { id: 'rooms-title' }, tr('Your rooms', '全部房间')), list)));
  fillList(list);
}

function createForm(list) {
  const name = h('input', { id: 'room-new-name', maxlength: 64, autocomplete: 'off', required: true, placeholder: tr('Kitchen', '厨房'), dataset: { testid: 'room-new-name', field: '$.name' } });
  const form = h('form', { class: 'card', 'aria-labelledby': 'room-new-title', onsubmit: async (e) => {
    e.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const room = await api(`${homePath(store.home.id)}/rooms`, { method: 'POST', body: { name: name.value.trim() } });
      showFieldErrors(form, {});
      name.value = '';
      await reloadRooms();
      fillList(list);
      showNotice(tr(`Room ${room.name} added.`, `已添加房间 ${room.name}。`), 'room-created');
    } catch (error) {
      // 409 (another room has that name) and 400 both name $.name: shown under the field.
      if (!(error instanceof ApiError && showFieldErrors(form, fieldErrors(error)))) showApiError(tr('Add a room', '添加房间'), error);
    } finally {
      button.disabled = false;
    }
  } },
  h('h2', { id: 'room-new-title' }, tr('New room', '新建房间')),
  h('label', { for: name.id }, tr('Name', '名称')), name,
  h('button', { type: 'submit', class: 'primary', dataset: { testid: 'room-create' } }, tr('Add room', '添加房间')));
  return form;
}

function fillList(list) {
  list.replaceChildren(...(store.rooms.length === 0
    ? [h('li', { class: 'muted', dataset: { testid: 'rooms-empty' } }, tr('No rooms yet.', '还没有房间。'))]
    : store.rooms.map((room) => roomRow(room, list))));
}

function roomRow(room, list) {
  const count = devicesIn(room.id).length;
  const anchor = `room-${room.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const view = h('div', { class: 'room-view' },
    h('h3', { id: `${anchor}-name` }, room.name),
    h('span', { class: 'muted', dataset: { testid: 'room-count' } }, countText(count)));
  const li = h('li', { class: 'card', 'aria-labelledby': `${anchor}-name`, dataset: { testid: `room-row-${room.id}` } }, view);
  if (!canControl()) return li;

  const name = h('input', { id: `${anchor}-rename`, maxlength: 64, value: room.name, autocomplete: 'off', dataset: { testid: 'room-rename-input', field: '$.name' } });
  const rename = h('form', { class: 'inline-edit', hidden: true, onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api(roomPath(room.id), { method: 'PATCH', body: { name: name.value.trim() } });
      await reloadRooms();
      fillList(list);
      showNotice(tr(`Renamed to ${name.value.trim()}.`, `已重命名为 ${name.value.trim()}。`), 'room-renamed');
    } catch (error) {
      if (!(error instanceof ApiError && showFieldErrors(rename, fieldErrors(error)))) showApiError(tr('Rename', '重命名'), error);
    }
  } },
  h('label', { for: name.id }, tr(`New name for ${room.name}`, `${room.name} 的新名称`)), name,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', dataset: { testid: 'room-rename-save' } }, tr('Save', '保存')),
    h('button', { type: 'button', onclick: () => show(buttons) }, tr('Cancel', '取消'))));

  // What deleting means, said before it happens: no device is removed; they lose only their room.
  const consequence = count === 0
    ? tr('It has no devices.', '房间里没有设备。')
    : tr(`Its ${countText(count)} stay in the home without a room (under "No room" on the home page); they are not removed and keep working. You can move them to another room later.`,
      `房间里的 ${countText(count)}会保留在家中，归入首页的“未分配房间”；设备不会被删除，也会照常工作，之后可以移到其他房间。`);
  const remove = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': tr(`Delete ${room.name}`, `删除 ${room.name}`), dataset: { testid: 'room-delete-confirm' } },
    h('p', {}, tr(`Delete the room ${room.name}? `, `删除房间 ${room.name}？`), consequence),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'room-delete-confirm-button' }, onclick: async (e) => {
        e.currentTarget.disabled = true;
        try {
          const answer = await api(roomPath(room.id), { method: 'DELETE' });
          const moved = answer?.unassignedDevices ?? [];
          for (const id of moved) {
            const device = store.devices.get(typeof id === 'string' ? id : id?.id);
            if (device) device.roomId = null;
          }
          await reloadRooms();
          fillList(list);
          showNotice(moved.length === 0
            ? tr(`Room ${room.name} deleted.`, `已删除房间 ${room.name}。`)
            : tr(`Room ${room.name} deleted; its ${countText(moved.length)} are now under "No room".`, `已删除房间 ${room.name}，其中 ${countText(moved.length)}已归入“未分配房间”。`), 'room-deleted');
        } catch (error) {
          e.currentTarget.disabled = false;
          showApiError(tr('Delete', '删除'), error);
        }
      } }, tr('Delete room', '删除房间')),
      h('button', { type: 'button', onclick: () => show(buttons) }, tr('Cancel', '取消'))));

  const buttons = h('div', { class: 'actions' },
    h('button', { type: 'button', dataset: { testid: 'room-rename' }, 'aria-label': tr(`Rename ${room.name}`, `重命名 ${room.name}`),
      onclick: () => { show(rename); name.focus(); } }, tr('Rename', '重命名')),
    h('button', { type: 'button', class: 'danger', dataset: { testid: 'room-delete' }, 'aria-label': tr(`Delete ${room.name}…`, `删除 ${room.name}…`),
      onclick: () => show(remove) }, tr('Delete…', '删除…')));
  const parts = [buttons, rename, remove];
  const show = (part) => parts.forEach((p) => { p.hidden = p !== part; });
  li.append(buttons, rename, remove);
  return li;
}
