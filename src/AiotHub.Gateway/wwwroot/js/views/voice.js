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

export const isVoicePage = (path) => path === '/voice';

// The header's link, for those who may teach.
export const voiceLink = () => (canControl()
  ? h('a', { href: '/voice', 'data-link': true, dataset: { testid: 'nav-voice' } }, 'Voice')
  : null);

const voicePath = () => `${homePath(store.home.id)}/voice`;

export async function renderVoice(main) {
  if (!canControl()) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'not-allowed' } }, 'Only the owner and members teach the assistant.'),
      h('a', { href: '/', 'data-link': true }, 'Back to the home'));
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
      showApiError('Switching the log', error);
    }
    page.logSwitch.disabled = false;
  });

  main.replaceChildren(h('div', { class: 'voice-page', dataset: { testid: 'voice-page' } },
    h('a', { href: '/', 'data-link': true, class: 'back' }, '← Home'),
    h('h1', {}, 'Voice'),
    sayCard(page),
    isOwner() ? h('section', { class: 'card' },
      h('h2', {}, 'Not understood'),
      h('div', { class: 'switch-row' }, page.logSwitch,
        h('label', { for: 'voice-log-switch' }, 'Keep what the assistant did not understand or had to ask about (and count what people ask for)')),
      page.log) : null,
    h('section', { class: 'card' },
      h('h2', {}, 'Teach a phrase'),
      teachForm(page, { utterance: '' })),
    h('section', { class: 'card' }, h('h2', {}, 'Taught phrases'), page.taught),
    isOwner() ? h('section', { class: 'card' }, h('h2', {}, 'What people ask for'), page.intents) : null));

  if (isOwner()) {
    try {
      page.logSwitch.checked = (await api(`${voicePath()}/settings`)).logEnabled;
    } catch (error) {
      showApiError('Reading the log switch', error);
    }
  }
  await refresh();
}

// Say something as the phone would hear it: the answer shows below, and the lists catch up.
function sayCard(page) {
  const input = h('input', { id: 'voice-say-input', maxlength: 500, required: true, placeholder: 'Turn on the living room light', dataset: { testid: 'voice-say-input' } });
  const answer = h('p', { class: 'voice-answer', role: 'status', dataset: { testid: 'voice-answer' } });
  return h('form', { class: 'card', 'aria-label': 'Say something', onsubmit: async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      const result = await api(voicePath(), { method: 'POST', body: { text } });
      answer.textContent = result.answer;
      answer.dataset.intent = result.intent;
    } catch (error) {
      answer.textContent = '';
      showApiError('Saying it', error);
    }
    await page.refresh();
  } },
  h('h2', {}, 'Say something'),
  h('div', { class: 'inline-form' }, input, h('button', { type: 'submit', class: 'primary', dataset: { testid: 'voice-say' } }, 'Say')),
  answer);
}

async function fillLog(page) {
  if (!isOwner()) return;
  try {
    const entries = await listAll(`${voicePath()}/not-understood`);
    if (!entries.length) {
      page.log.replaceChildren(h('p', { class: 'muted' }, 'Nothing waiting: the assistant understood everything it was told.'));
      return;
    }
    page.log.replaceChildren(
      h('ul', { class: 'voice-list' }, entries.map((entry) => logEntry(page, entry))),
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'voice-log-clear' }, onclick: async () => {
        if (!window.confirm('Delete everything the assistant kept of what it did not understand?')) return;
        try {
          await api(`${voicePath()}/not-understood`, { method: 'DELETE' });
        } catch (error) {
          showApiError('Deleting the log', error);
        }
        await fillLog(page);
      } }, 'Delete all'));
  } catch (error) {
    page.log.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}

function logEntry(page, entry) {
  const slot = h('div', { class: 'teach-slot' });
  return h('li', { dataset: { testid: 'voice-entry', text: entry.text } },
    h('div', { class: 'voice-text', lang: entry.language }, `“${entry.text}”`),
    h('div', { class: 'muted small' },
      `${entry.intent === 'clarify' ? 'asked which' : 'not understood'} · ${entry.count}× · last ${formatTime(entry.lastSaid)}`),
    h('div', { class: 'muted small', lang: entry.language }, entry.answer),
    h('div', { class: 'actions' },
      h('button', { type: 'button', dataset: { testid: 'voice-entry-teach' }, onclick: () => {
        slot.replaceChildren(slot.childElementCount ? '' : teachForm(page, { entry, utterance: entry.text }));
      } }, 'Teach'),
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'voice-entry-delete' }, onclick: async () => {
        try {
          await api(`${voicePath()}/not-understood/${encodeURIComponent(entry.id)}`, { method: 'DELETE' });
        } catch (error) {
          showApiError('Deleting it', error);
        }
        await fillLog(page);
      } }, 'Delete')),
    slot);
}

// Devices the assistant can act on: those with a profile (not pending).
const teachableDevices = () => [...store.devices.values()].filter((d) => profileOf(d)).sort((a, b) => a.name.localeCompare(b.name));
const roomName = (device) => store.rooms.find((r) => r.id === device.roomId)?.name;
const deviceLabel = (device) => (roomName(device) ? `${device.name} (${roomName(device)})` : device.name);

// What a device can be taught to do: each writable property (with a value to set) and each action without required arguments.
function deviceChoices(device) {
  const profile = profileOf(device);
  const properties = propertiesOf(profile).filter((entry) => controlKind(entry))
    .map((entry) => ({ id: `set:${entry.key}`, label: `Set ${entry.property.description || entry.key}`, entry }));
  const actions = actionsOf(profile).filter((action) => action.simple)
    .map((action) => ({ id: `call:${action.key}`, label: action.action.description || action.key, action }));
  return [...properties, ...actions];
}

// The value a property is set to: a switch is on/off, a value-list its entries, a number within its range.
function valueInput(entry) {
  const kind = controlKind(entry);
  if (kind === 'switch') {
    const select = h('select', { dataset: { testid: 'teach-value' }, 'aria-label': 'Value' },
      h('option', { value: 'true' }, 'On'), h('option', { value: 'false' }, 'Off'));
    return { element: select, read: () => select.value === 'true' };
  }
  if (kind === 'select') {
    const list = entry.value.list;
    const select = h('select', { dataset: { testid: 'teach-value' }, 'aria-label': 'Value' },
      list.map((item, index) => h('option', { value: String(index) }, item.description ?? String(item.value))));
    return { element: select, read: () => list[Number(select.value)].value };
  }
  const range = entry.value.range;
  const numeric = kind === 'slider' || ['float', 'double', 'number', 'integer'].includes(entry.value.format) || /int/.test(entry.value.format ?? '');
  const input = h('input', { type: numeric ? 'number' : 'text', required: true, dataset: { testid: 'teach-value' }, 'aria-label': 'Value',
    min: range?.min, max: range?.max, step: range?.step ?? 'any', value: range ? range.max : '' });
  return { element: input, read: () => (numeric ? Number(input.value) : input.value) };
}

// The teach form: for a logged entry (its text fixed, taught by entryId) or a phrase typed here.
function teachForm(page, { entry = null, utterance }) {
  const utteranceInput = h('input', { required: true, maxlength: 500, value: utterance, readOnly: Boolean(entry),
    'aria-label': 'Phrase', placeholder: 'Movie time', dataset: { testid: 'teach-utterance' } });
  const kind = h('select', { 'aria-label': 'It should', dataset: { testid: 'teach-kind' } },
    h('option', { value: 'device' }, 'Do something on a device'),
    h('option', { value: 'scene' }, 'Run a scene'),
    h('option', { value: 'alias' }, 'Be a name for a device'));
  const devices = teachableDevices();
  const device = h('select', { 'aria-label': 'Device', dataset: { testid: 'teach-device' } },
    devices.map((d) => h('option', { value: d.id }, deviceLabel(d))));
  const what = h('select', { 'aria-label': 'What', dataset: { testid: 'teach-what' } });
  const valueSlot = h('span', { class: 'teach-value' });
  const scene = h('select', { 'aria-label': 'Scene', dataset: { testid: 'teach-scene' } },
    (store.scenes ?? []).map((s) => h('option', { value: s.id }, s.name)));
  const aliasDevice = h('select', { 'aria-label': 'Device', dataset: { testid: 'teach-alias-device' } },
    devices.map((d) => h('option', { value: d.id }, deviceLabel(d))));
  const aliasName = h('input', { maxlength: 64, value: utterance, 'aria-label': 'Name', dataset: { testid: 'teach-alias-name' } });
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
    alias: h('div', { class: 'teach-fields' }, aliasDevice, h('label', {}, 'Name (a word or phrase of it) ', aliasName)),
  };
  const showKind = () => {
    for (const [name, group] of Object.entries(fields)) group.hidden = name !== kind.value;
  };
  device.addEventListener('change', showWhat);
  what.addEventListener('change', showValue);
  kind.addEventListener('change', showKind);
  showWhat();
  showKind();

  return h('form', { class: 'teach-form', 'aria-label': 'Teach', dataset: { testid: 'teach-form' }, onsubmit: async (e) => {
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
      showNotice(`Taught “${taught.utterance}”.`, 'voice-taught-notice');
      if (taught.alias) await reloadDevice(taught.alias.deviceId);
      if (!entry) utteranceInput.value = '';
    } catch (error) {
      showApiError('Teaching it', error);
      return;
    }
    await page.refresh();
  } },
  entry ? null : utteranceInput,
  h('label', {}, 'It should ', kind),
  fields.device, fields.scene, fields.alias,
  h('button', { type: 'submit', class: 'primary', dataset: { testid: 'teach-submit' } }, 'Teach'));
}

async function fillTaught(page) {
  try {
    const taught = await listAll(`${voicePath()}/taught`);
    if (!taught.length) {
      page.taught.replaceChildren(h('p', { class: 'muted' }, 'Nothing taught yet.'));
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
          showApiError('Forgetting it', error);
        }
        await fillTaught(page);
      } }, 'Forget')))));
  } catch (error) {
    page.taught.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}

function describeTaught(t) {
  const name = (id) => store.devices.get(id)?.name ?? id;
  if (t.scene) return `runs the scene ${(store.scenes ?? []).find((s) => s.id === t.scene)?.name ?? t.scene}`;
  if (t.alias) return `is a name for ${name(t.alias.deviceId)}`;
  const d = t.device ?? {};
  if (d.call) return `${name(d.deviceId)}: ${d.call}`;
  return `${name(d.deviceId)}: ${Object.entries(d.set ?? {}).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')}`;
}

async function fillIntents(page) {
  if (!isOwner()) return;
  try {
    const counts = await api(`${voicePath()}/intents`);
    if (!counts.items.length) {
      page.intents.replaceChildren(h('p', { class: 'muted' }, 'Nothing counted yet.'));
      return;
    }
    page.intents.replaceChildren(h('table', { class: 'voice-intents' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Intent'), h('th', {}, 'Language'), h('th', {}, 'Times'))),
      h('tbody', {}, counts.items.map((c) => h('tr', { dataset: { testid: `intent-${c.intent}-${c.language}` } },
        h('td', {}, c.intent), h('td', {}, c.language === 'zh' ? '中文' : 'English'), h('td', {}, String(c.count)))))));
  } catch (error) {
    page.intents.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
