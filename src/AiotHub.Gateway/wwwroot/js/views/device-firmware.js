// A device's firmware on its page (owner and member; the API answers guests and integrators 403): the version it
// runs, the update its maker offers (the same block as the Firmware page, with Postpone / Refuse / Allow for the
// owner) and its update history; and "Report a problem" — words, an optional category and a consent checkbox that
// lists what goes to the device's maker with the values it will carry; after sending, the hub's copy of what it sent,
// and the home's earlier reports about this device with the maker's answers.
import { h, formatTime } from '../dom.js';
import { api, devicePath, listAll } from '../api.js';
import { store, canControl, isOwner } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { tr } from '../i18n.js';
import { getHomeFirmware, deviceFirmwareHistory, updateStateText, timeOf, reportProblem, homeFeedback, answersOf, Categories, categoryText } from '../firmware.js';
import { updateBlock } from './firmware-update.js';
import { showFieldErrors, fieldErrors } from './field-errors.js';

export const MaxReportChars = 2000;

/** The firmware section and the report section, kept across live re-renders of the page (loaded once per visit). */
export function deviceFirmwareSections(device) {
  if (!canControl()) return [];
  const page = document.querySelector(`[data-testid="device-${CSS.escape(device.id)}"]`);
  const kept = page ? [page.querySelector('[data-testid="device-firmware"]'), page.querySelector('[data-testid="report-problem"]')] : [];
  if (kept[0] && kept[1]) {
    const current = kept[0].querySelector('[data-testid="device-firmware-current"]');
    if (current) current.textContent = device.firmware ?? '—';
    return kept;
  }
  return [firmwareSection(device), reportSection(device)];
}

function firmwareSection(device) {
  const update = h('div', { dataset: { testid: 'device-firmware-update' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const history = h('div', { dataset: { testid: 'device-firmware-history' } });
  const section = h('section', { class: 'card', 'aria-labelledby': 'device-firmware-title', dataset: { testid: 'device-firmware' } },
    h('h2', { id: 'device-firmware-title' }, tr('Firmware', '固件')),
    h('p', {}, tr('Runs ', '当前版本 '), h('strong', { translate: 'no', dataset: { testid: 'device-firmware-current' } }, device.firmware ?? '—')),
    update,
    h('h3', {}, tr('Update history', '更新记录')), history);
  fillUpdate(update, device.id);
  fillHistory(history, device.id);
  return section;
}

async function fillUpdate(target, deviceId) {
  let entry;
  try {
    entry = (await getHomeFirmware()).devices?.find((d) => d.deviceId === deviceId);
  } catch (error) {
    target.replaceChildren(h('p', { class: 'error' }, tr(`Could not load the update: ${error.message}`, `无法加载更新：${error.message}`)));
    return;
  }
  if (!entry?.update) {
    target.replaceChildren(h('p', { class: 'muted', dataset: { testid: 'device-firmware-none' } }, tr('No update is offered for it.', '暂无可用更新。')));
    return;
  }
  target.replaceChildren(updateBlock(entry, { canChange: isOwner(), onChanged: () => { fillUpdate(target, deviceId); fillHistory(target.parentElement.querySelector('[data-testid="device-firmware-history"]'), deviceId); } }));
  if (['scheduled', 'downloading', 'ready', 'applying'].includes(entry.update.state)) {
    setTimeout(() => { if (target.isConnected) fillUpdate(target, deviceId); }, 3000);
  }
}

async function fillHistory(target, deviceId) {
  if (!target) return;
  let items;
  try {
    items = await deviceFirmwareHistory(deviceId);
  } catch (error) {
    target.replaceChildren(h('p', { class: 'error' }, error.message));
    return;
  }
  target.replaceChildren(items.length === 0
    ? h('p', { class: 'muted' }, tr('No updates yet.', '还没有更新过。'))
    : h('ol', { class: 'plain-list firmware-history' }, items.slice(0, 20).map((e) => h('li', { dataset: { state: e.state } },
      h('span', { translate: 'no' }, (e.from ?? e.fromVersion) ? `${e.from ?? e.fromVersion} → ${e.version}` : e.version ?? ''), ' · ',
      h('span', {}, updateStateText(e.state)),
      timeOf(e) ? h('span', { class: 'muted' }, ` · ${formatTime(timeOf(e))}`) : null,
      e.message ? h('span', { class: 'muted', lang: 'en' }, ` · ${[e.code, e.message].filter(Boolean).join(' ')}`) : null))));
}

function reportSection(device) {
  const text = h('textarea', { id: 'report-text', rows: 4, maxlength: MaxReportChars, required: true, dataset: { testid: 'report-text', field: '$.text' } });
  const counter = h('span', { class: 'muted', 'aria-live': 'polite' }, `0 / ${MaxReportChars}`);
  text.addEventListener('input', () => { counter.textContent = `${text.value.length} / ${MaxReportChars}`; });
  const category = h('select', { id: 'report-category', dataset: { testid: 'report-category', field: '$.category' } }, Categories().map(([id, label]) => h('option', { value: id }, label)));
  const consent = h('input', { type: 'checkbox', id: 'report-consent', dataset: { testid: 'report-consent', field: '$.consent' } });
  const commands = h('ol', { class: 'plain-list report-commands', dataset: { testid: 'report-commands' } }, h('li', { class: 'muted' }, tr('Loading…', '加载中…')));
  const send = h('button', { type: 'submit', class: 'primary', disabled: true, dataset: { testid: 'report-send' } }, tr('Send to the maker', '发送给厂商'));
  const sent = h('div', { dataset: { testid: 'report-sent' } });
  const reports = h('div', { dataset: { testid: 'report-list' } });
  const update = () => { send.disabled = !(consent.checked && text.value.trim()); };
  consent.addEventListener('change', update);
  text.addEventListener('input', update);
  const vendor = String(device.model ?? '').split('.')[0];

  const form = h('form', { class: 'report-form', onsubmit: async (e) => {
    e.preventDefault();
    if (!consent.checked) return;
    send.disabled = true;
    try {
      const body = { text: text.value.trim(), consent: true };
      if (category.value) body.category = category.value;
      const answer = await reportProblem(device.id, body);
      showFieldErrors(form, {});
      sent.replaceChildren(h('p', { class: 'notice', role: 'status' }, tr('Sent. This is exactly what the maker received:', '已发送。厂商收到的内容如下：')),
        h('pre', { class: 'report-json', translate: 'no', tabindex: 0, 'aria-label': tr('What was sent', '发送的内容'), dataset: { testid: 'report-sent-json' } }, JSON.stringify(answer, null, 2)));
      showNotice(tr('Your report was sent to the maker.', '问题已发送给厂商。'), 'report-sent-notice');
      text.value = '';
      consent.checked = false;
      counter.textContent = `0 / ${MaxReportChars}`;
      fillReports(reports, device.id);
    } catch (error) {
      if (!showFieldErrors(form, fieldErrors(error))) showApiError(tr('Sending the report', '发送问题'), error);
    } finally {
      update();
    }
  } },
  h('label', { for: text.id }, tr('What is wrong?', '遇到了什么问题？')), text, counter,
  h('label', { for: category.id }, tr('Category (optional)', '类别（选填）')), category,
  h('fieldset', { class: 'report-consent' },
    h('legend', {}, tr('What goes to the maker', '发送给厂商的内容')),
    h('ul', { class: 'report-what', dataset: { testid: 'report-what' } },
      h('li', {}, tr('Your words and the category', '你填写的内容和类别')),
      h('li', {}, tr('Model ', '型号 '), h('code', { translate: 'no' }, device.model ?? '?'), tr(', firmware ', '，固件 '), h('code', { translate: 'no' }, device.firmware ?? '?'),
        tr(', profile version ', '，描述文件版本 '), h('code', { translate: 'no' }, String(device.activeProfileVersion ?? device.profileVersion ?? '?'))),
      h('li', {}, tr('The last 20 commands the hub sent it, each with its result and how long it took:', '网关最近发给它的 20 条指令，以及每条的结果和耗时：'), commands),
      h('li', {}, tr('When it was online and offline over the last 7 days', '最近 7 天的在线和离线时间')),
      h('li', {}, tr('How many malformed messages and invalid values the hub counted from it', '网关统计到的它发来的格式错误消息和无效数值的次数'))),
    h('p', { class: 'muted' }, tr('Nothing else: not your home, your name, its name or room, nor any other device.', '不会发送其他任何信息：不包括你的家庭、你的名字、设备名称和房间，也不包括其他设备。')),
    h('div', { class: 'switch-row' }, consent,
      h('label', { for: consent.id }, tr(`I agree to send these details to the maker (${vendor})`, `我同意把以上信息发送给厂商（${vendor}）`)))),
  h('div', { class: 'actions' }, send));

  const section = h('section', { class: 'card', 'aria-labelledby': 'report-title', dataset: { testid: 'report-problem' } },
    h('h2', { id: 'report-title' }, tr('Report a problem', '反馈问题')),
    h('p', { class: 'muted' }, tr('Tell the device\'s maker what goes wrong. Their answer shows here.', '告诉设备厂商遇到的问题，厂商的回复会显示在这里。')),
    h('details', { class: 'report-details', dataset: { testid: 'report-open' } }, h('summary', {}, tr('Write a report…', '填写反馈…')), form),
    sent, h('h3', {}, tr('Reports about this device', '关于这个设备的反馈')), reports);
  fillCommands(commands, device.id);
  fillReports(reports, device.id);
  return section;
}

// The commands the hub attaches: the newest 20, what each asked and how it ended.
async function fillCommands(target, deviceId) {
  let list;
  try {
    list = await listAll(`${devicePath(store.home.id, deviceId)}/commands`);
  } catch (error) {
    target.replaceChildren(h('li', { class: 'error' }, error.message));
    return;
  }
  list.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  target.replaceChildren(...(list.length === 0 ? [h('li', { class: 'muted' }, tr('none yet', '暂无'))]
    : list.slice(0, 20).map((c) => h('li', { translate: 'no' }, `${c.status}${typeof c.latencyMs === 'number' ? ` · ${Math.round(c.latencyMs)} ms` : latencyText(c.latency)} · ${formatTime(c.created)}`))));
}

const latencyText = (latency) => {
  const match = /^(?:\d+\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(latency ?? '');
  return match ? ` · ${Math.round(((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000)} ms` : '';
};

async function fillReports(target, deviceId) {
  let items;
  try {
    items = (await homeFeedback()).filter((r) => r.deviceId === deviceId);
  } catch (error) {
    target.replaceChildren(h('p', { class: 'error' }, error.message));
    return;
  }
  items.sort((a, b) => String(b.created ?? b.time).localeCompare(String(a.created ?? a.time)));
  target.replaceChildren(items.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'report-none' } }, tr('No reports yet.', '还没有反馈。'))
    : h('ul', { class: 'plain-list reports' }, items.map((r) => h('li', { class: 'report', dataset: { testid: `report-${r.id}` } },
      h('p', { class: 'muted' }, formatTime(r.created ?? r.time), r.category ? ` · ${categoryText(r.category)}` : '', r.firmware ? ` · ${tr('firmware', '固件')} ` : '', r.firmware ? h('span', { translate: 'no' }, r.firmware) : null),
      h('p', { class: 'report-text' }, r.text),
      answersOf(r).length === 0
        ? h('p', { class: 'muted' }, tr('No answer from the maker yet.', '厂商还没有回复。'))
        : answersOf(r).map((a) => h('div', { class: 'maker-answer', dataset: { testid: 'maker-answer' } },
          h('p', { class: 'muted' }, tr('The maker answered', '厂商回复'), a.time ?? a.created ? ` · ${formatTime(a.time ?? a.created)}` : ''),
          h('p', {}, a.text)))))));
}
