// The voice page (/voice, owner and member; docs/api.md "What the home learns"): say something to the
// assistant, and teach it. The owner also sees what it did not understand (each entry taught or deleted
// from here), switches that log off, and reads how often each intent came out. Teaching maps an
// utterance to a device action (a property value or an action from the device's profile), a scene, or a
// name for a device (an alias the assistant then resolves everywhere).
import { h, formatTime } from '../dom.js';
import { api, homePath, listAll } from '../api.js';
import { store, isOwner, canControl, profileOf, reloadDevice } from '../store.js';
import { propertiesOf, actionsOf, controlKind } from '../controls.js';
import { showApiError, showNotice } from '../messages.js';
import { tr, pick, formatNumber, formatQuantity } from '../i18n.js';
import { intentText } from '../voice-intents.js';

export const isVoicePage = (path) => path === '/voice';

// The header's link, for those who may teach.
export const voiceLink = () => (canControl()
  ? h('a', { href: '/voice', 'data-link': true, dataset: { testid: 'nav-voice' } }, tr('Voice', '语音'))
  : null);

const voicePath = () => `${homePath(store.home.id)}/voice`;

export async function renderVoice(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, tr('Only the owner and members teach the assistant.', '只有管理员和成员可以教语音助手。')),
      h('a', { href: '/', 'data-link': true }, tr('Back to the home', '返回首页')));
    return;
  }
  const page = {
    log: h('div', { dataset: { testid: 'voice-log' } }),
    taught: h('div', { dataset: { testid: 'voice-taught' } }),
    intents: h('div', { dataset: { testid: 'voice-intents' } }),
    logSwitch: h('input', { type: 'checkbox', role: 'switch', class: 'switch', id: 'voice-log-switch', dataset: { testid: 'voice-log-switch' } }),
  };
  const refresh = () => Promise.all([fillLog(page), fillTaught(page), fillIntents(page)]);
  page.refresh = refresh;
  page.logSwitch.addEventListener('change', async () => {
    const wanted = page.logSwitch.checked;
    page.logSwitch.disabled = true;
    try {
      const settings = await api(`${voicePath()}/settings`, { method: 'PUT', body: { logEnabled: wanted } });
      page.logSwitch.checked = settings.logEnabled;
    } catch (error) {
      page.logSwitch.checked = !wanted;
      showApiError(tr('Switching the log', '切换记录开关'), error);
    }
    page.logSwitch.disabled = false;
  });

  main.replaceChildren(h('div', { class: 'voice-page', dataset: { testid: 'voice-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, tr('← Home', '← 首页')),
    h('h1', {}, tr('Voice', '语音助手')),
    sayCard(page),
    isOwner() ? h('section', { class: 'card' },
      h('h2', {}, tr('Not understood', '没听懂的话')),
      h('div', { class: 'switch-row' }, page.logSwitch,
        h('label', { for: 'voice-log-switch' }, tr('Keep what the assistant did not understand or had to ask about (and count what people ask for)',
          '记录助手没听懂或需要追问的话（并统计大家常说的指令）'))),
      page.log) : null,
    h('section', { class: 'card' },
      h('h2', {}, tr('Teach a phrase', '教一句话')),
      teachForm(page, { utterance: '' })),
    h('section', { class: 'card' }, h('h2', {}, tr('Taught phrases', '已教会的话')), page.taught),
    isOwner() ? h('section', { class: 'card' }, h('h2', {}, tr('What people ask for', '常用指令')), page.intents) : null));

  if (isOwner()) {
    try {
      page.logSwitch.checked = (await api(`${voicePath()}/settings`)).logEnabled;
    } catch (error) {
      showApiError(tr('Reading the log switch', '读取记录开关'), error);
    }
  }
  await refresh();
}

// Say something as the phone would hear it: the answer shows below, and the lists catch up.
function sayCard(page) {
  const input = h('input', { id: 'voice-say-input', maxlength: 500, required: true, placeholder: tr('Turn on the living room light', '打开客厅的灯'), dataset: { testid: 'voice-say-input' } });
  const answer = h('p', { class: 'voice-answer', role: 'status', dataset: { testid: 'voice-answer' } });
  return h('form', { class: 'card', 'aria-label': tr('Say something', '说点什么'), onsubmit: async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      const result = await api(voicePath(), { method: 'POST', body: { text } });
      // The assistant answers in the utterance's language, whatever the app's.
      answer.textContent = result.answer;
      if (result.language) answer.lang = result.language === 'zh' ? 'zh-CN' : result.language;
      else answer.removeAttribute('lang');
      answer.dataset.intent = result.intent;
    } catch (error) {
      answer.textContent = '';
      showApiError(tr('Saying it', '发送'), error);
    }
    await page.refresh();
  } },
  h('h2', {}, tr('Say something', '说点什么')),
  h('div', { class: 'inline-form' }, input, h('button', { type: 'submit', class: 'primary', dataset: { testid: 'voice-say' } }, tr('Say', '发送'))),
  answer);
}

async function fillLog(page) {
  if (!isOwner()) return;
  try {
    const entries = await listAll(`${voicePath()}/not-understood`);
    if (!entries.length) {
      page.log.replaceChildren(h('p', { class: 'muted' }, tr('Nothing waiting: the assistant understood everything it was told.', '暂无记录：助手听懂了所有的话。')));
      return;
    }
    page.log.replaceChildren(
      h('ul', { class: 'voice-list' }, entries.map((entry) => logEntry(page, entry))),
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'voice-log-clear' }, onclick: async () => {
        if (!window.confirm(tr('Delete everything the assistant kept of what it did not understand?', '删除助手记下的所有没听懂的话？'))) return;
        try {
          await api(`${voicePath()}/not-understood`, { method: 'DELETE' });
        } catch (error) {
          showApiError(tr('Deleting the log', '删除记录'), error);
        }
        await fillLog(page);
      } }, tr('Delete all', '全部删除')));
  } catch (error) {
    page.log.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}

function logEntry(page, entry) {
  const slot = h('div', { class: 'teach-slot' });
  return h('li', { dataset: { testid: 'voice-entry', text: entry.text } },
    h('div', { class: 'voice-text', lang: entry.language }, `“${entry.text}”`),
    h('div', { class: 'muted small' },
      entry.intent === 'clarify' ? tr('asked which', '追问了是哪个') : tr('not understood', '没听懂'),
      tr(` · ${formatNumber(entry.count, 1)}× · last ${formatTime(entry.lastSaid)}`, ` · ${formatNumber(entry.count, 1)} 次 · 最近一次 ${formatTime(entry.lastSaid)}`)),
    h('div', { class: 'muted small', lang: entry.language }, entry.answer),
    h('div', { class: 'actions' },
      h('button', { type: 'button', dataset: { testid: 'voice-entry-teach' }, onclick: () => {
        slot.replaceChildren(slot.childElementCount ? '' : teachForm(page, { entry, utterance: entry.text }));
      } }, tr('Teach', '教它')),
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'voice-entry-delete' }, onclick: async () => {
        try {
          await api(`${voicePath()}/not-understood/${encodeURIComponent(entry.id)}`, { method: 'DELETE' });
        } catch (error) {
          showApiError(tr('Deleting it', '删除'), error);
        }
        await fillLog(page);
      } }, tr('Delete', '删除'))),
    slot);
}

// Devices the assistant can act on: those with a profile (not pending).
const teachableDevices = () => [...store.devices.values()].filter((d) => profileOf(d)).sort((a, b) => a.name.localeCompare(b.name));
const roomName = (device) => store.rooms.find((r) => r.id === device.roomId)?.name;
const deviceLabel = (device) => (roomName(device) ? tr(`${device.name} (${roomName(device)})`, `${device.name}（${roomName(device)}）`) : device.name);

// What a device can be taught to do: each writable property (with a value to set) and each action without required arguments.
function deviceChoices(device) {
  const profile = profileOf(device);
  const properties = propertiesOf(profile).filter((entry) => controlKind(entry))
    .map((entry) => ({ id: `set:${entry.key}`, label: tr(`Set ${propertyText(entry.property, entry.key)}`, `设置${propertyText(entry.property, entry.key)}`), entry }));
  const actions = actionsOf(profile).filter((action) => action.simple)
    .map((action) => ({ id: `call:${action.key}`, label: actionText(action.action, action.key), action }));
  return [...properties, ...actions];
}

// A profile's words for a property, an action or a list item in the app's language (docs/device-profiles.md).
const propertyText = (property, key) => pick(property?.descriptions, property?.description || key);
const actionText = (action, key) => pick(action?.descriptions, action?.description || key);
const itemText = (item) => pick(item.descriptions, item.description ?? String(item.value));

// The value a property is set to: a switch is on/off, a value-list its entries, a number within its range.
function valueInput(entry) {
  const kind = controlKind(entry);
  if (kind === 'switch') {
    const select = h('select', { dataset: { testid: 'teach-value' }, 'aria-label': tr('Value', '值') },
      h('option', { value: 'true' }, tr('On', '开')), h('option', { value: 'false' }, tr('Off', '关')));
    return { element: select, read: () => select.value === 'true' };
  }
  if (kind === 'select') {
    const list = entry.value.list;
    const select = h('select', { dataset: { testid: 'teach-value' }, 'aria-label': tr('Value', '值') },
      list.map((item, index) => h('option', { value: String(index) }, itemText(item))));
    return { element: select, read: () => list[Number(select.value)].value };
  }
  const range = entry.value.range;
  const numeric = kind === 'slider' || ['float', 'double', 'number', 'integer'].includes(entry.value.format) || /int/.test(entry.value.format ?? '');
  const input = h('input', { type: numeric ? 'number' : 'text', required: true, dataset: { testid: 'teach-value' }, 'aria-label': tr('Value', '值'),
    min: range?.min, max: range?.max, step: range?.step ?? 'any', value: range ? range.max : '' });
  return { element: input, read: () => (numeric ? Number(input.value) : input.value) };
}

// The teach form: for a logged entry (its text fixed, taught by entryId) or a phrase typed here.
function teachForm(page, { entry = null, utterance }) {
  const utteranceInput = h('input', { required: true, maxlength: 500, value: utterance, readOnly: Boolean(entry),
    'aria-label': tr('Phrase', '这句话'), placeholder: tr('Movie time', '看电影了'), dataset: { testid: 'teach-utterance' } });
  const kind = h('select', { 'aria-label': tr('It should', '它的意思是'), dataset: { testid: 'teach-kind' } },
    h('option', { value: 'device' }, tr('Do something on a device', '控制一个设备')),
    h('option', { value: 'scene' }, tr('Run a scene', '执行一个场景')),
    h('option', { value: 'alias' }, tr('Be a name for a device', '作为设备的别名')));
  const devices = teachableDevices();
  const device = h('select', { 'aria-label': tr('Device', '设备'), dataset: { testid: 'teach-device' } },
    devices.map((d) => h('option', { value: d.id }, deviceLabel(d))));
  const what = h('select', { 'aria-label': tr('What', '操作'), dataset: { testid: 'teach-what' } });
  const valueSlot = h('span', { class: 'teach-value' });
  const scene = h('select', { 'aria-label': tr('Scene', '场景'), dataset: { testid: 'teach-scene' } },
    (store.scenes ?? []).map((s) => h('option', { value: s.id }, s.name)));
  const aliasDevice = h('select', { 'aria-label': tr('Device', '设备'), dataset: { testid: 'teach-alias-device' } },
    devices.map((d) => h('option', { value: d.id }, deviceLabel(d))));
  const aliasName = h('input', { maxlength: 64, value: utterance, 'aria-label': tr('Name', '名称'), dataset: { testid: 'teach-alias-name' } });
  let choices = [];
  let value = null;

  const showValue = () => {
    const choice = choices.find((c) => c.id === what.value);
    value = choice?.entry ? valueInput(choice.entry) : null;
    valueSlot.replaceChildren(value ? value.element : '');
  };
  const showWhat = () => {
    const chosen = store.devices.get(device.value);
    choices = chosen ? deviceChoices(chosen) : [];
    what.replaceChildren(...choices.map((c) => h('option', { value: c.id }, c.label)));
    showValue();
  };
  const fields = {
    device: h('div', { class: 'teach-fields' }, device, what, valueSlot),
    scene: h('div', { class: 'teach-fields' }, scene),
    alias: h('div', { class: 'teach-fields' }, aliasDevice, h('label', {}, tr('Name (a word or phrase of it) ', '名称（一个词或一句话）'), aliasName)),
  };
  const showKind = () => {
    for (const [name, group] of Object.entries(fields)) group.hidden = name !== kind.value;
  };
  device.addEventListener('change', showWhat);
  what.addEventListener('change', showValue);
  kind.addEventListener('change', showKind);
  showWhat();
  showKind();

  return h('form', { class: 'teach-form', 'aria-label': tr('Teach', '教它'), dataset: { testid: 'teach-form' }, onsubmit: async (e) => {
    e.preventDefault();
    const body = entry ? { entryId: entry.id } : { utterance: utteranceInput.value.trim() };
    if (kind.value === 'scene') body.scene = scene.value;
    else if (kind.value === 'alias') body.alias = { deviceId: aliasDevice.value, name: aliasName.value.trim() };
    else {
      const choice = choices.find((c) => c.id === what.value);
      if (!choice) return;
      body.device = choice.entry
        ? { deviceId: device.value, set: { [choice.entry.key]: value.read() } }
        : { deviceId: device.value, call: choice.action.key };
    }
    try {
      const taught = await api(`${voicePath()}/taught`, { method: 'POST', body });
      showNotice(tr(`Taught “${taught.utterance}”.`, `已学会“${taught.utterance}”。`), 'voice-taught-notice');
      if (taught.alias) await reloadDevice(taught.alias.deviceId);
      if (!entry) utteranceInput.value = '';
    } catch (error) {
      showApiError(tr('Teaching it', '教学'), error);
      return;
    }
    await page.refresh();
  } },
  entry ? null : utteranceInput,
  h('label', {}, tr('It should ', '它的意思是'), kind),
  fields.device, fields.scene, fields.alias,
  h('button', { type: 'submit', class: 'primary', dataset: { testid: 'teach-submit' } }, tr('Teach', '教它')));
}

async function fillTaught(page) {
  try {
    const taught = await listAll(`${voicePath()}/taught`);
    if (!taught.length) {
      page.taught.replaceChildren(h('p', { class: 'muted' }, tr('Nothing taught yet.', '还没有教过任何话。')));
      return;
    }
    page.taught.replaceChildren(h('ul', { class: 'voice-list' }, taught.map((t) => h('li', { dataset: { testid: 'voice-taught-item', text: t.utterance } },
      h('div', { class: 'voice-text', lang: t.language }, `“${t.utterance}”`),
      h('div', { class: 'muted small' }, describeTaught(t)),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        try {
          await api(`${voicePath()}/taught/${encodeURIComponent(t.id)}`, { method: 'DELETE' });
          if (t.alias) await reloadDevice(t.alias.deviceId);
        } catch (error) {
          showApiError(tr('Forgetting it', '忘记'), error);
        }
        await fillTaught(page);
      } }, tr('Forget', '忘记'))))));
  } catch (error) {
    page.taught.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}

function describeTaught(t) {
  const name = (id) => store.devices.get(id)?.name ?? id;
  if (t.scene) {
    const scene = (store.scenes ?? []).find((s) => s.id === t.scene)?.name ?? t.scene;
    return tr(`runs the scene ${scene}`, `执行场景「${scene}」`);
  }
  if (t.alias) return tr(`is a name for ${name(t.alias.deviceId)}`, `是「${name(t.alias.deviceId)}」的别名`);
  const d = t.device ?? {};
  const device = store.devices.get(d.deviceId);
  const colon = tr(': ', '：');
  if (d.call) {
    const action = device ? actionsOf(profileOf(device)).find((a) => a.key === d.call) : null;
    return `${name(d.deviceId)}${colon}${actionText(action?.action, d.call)}`;
  }
  const entries = device ? propertiesOf(profileOf(device)) : [];
  return `${name(d.deviceId)}${colon}${Object.entries(d.set ?? {}).map(([k, v]) => {
    const entry = entries.find((e) => e.key === k);
    return `${propertyText(entry?.property, k)} = ${valueText(entry, v)}`;
  }).join(tr(', ', '，'))}`;
}

// A taught value as the user chose it: on/off, the list item's words, a number by the profile's step and unit.
function valueText(entry, value) {
  if (typeof value === 'boolean') return value ? tr('on', '开') : tr('off', '关');
  const item = entry?.value?.list?.find((i) => i.value === value);
  if (item) return itemText(item);
  if (typeof value === 'number') return formatQuantity(value, entry?.value?.unit, entry?.value?.range?.step);
  return JSON.stringify(value);
}

async function fillIntents(page) {
  if (!isOwner()) return;
  try {
    const counts = await api(`${voicePath()}/intents`);
    if (!counts.items.length) {
      page.intents.replaceChildren(h('p', { class: 'muted' }, tr('Nothing counted yet.', '还没有统计数据。')));
      return;
    }
    page.intents.replaceChildren(h('table', { class: 'voice-intents' },
      h('thead', {}, h('tr', {}, h('th', {}, tr('Intent', '指令')), h('th', {}, tr('Language', '语言')), h('th', {}, tr('Times', '次数')))),
      h('tbody', {}, counts.items.map((c) => h('tr', { dataset: { testid: `intent-${c.intent}-${c.language}` } },
        h('td', {}, intentText(c.intent)), h('td', {}, c.language === 'zh' ? tr('Chinese', '中文') : tr('English', '英文')),
        h('td', {}, formatNumber(c.count, 1)))))));
  } catch (error) {
    page.intents.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
