// One device's firmware update as the Firmware page and the device page show it: from which version to which, the
// release notes in the app's language, its state (with a progress bar while it downloads or installs, the date a
// postponed one comes back, the device's reason when it failed) and, for the owner, Postpone / Refuse / Allow.
import { h, formatTime } from '../dom.js';
import { showApiError, showNotice } from '../messages.js';
import { tr, language } from '../i18n.js';
import { updateStateText, postponeUpdate, refuseUpdate, allowUpdate, PostponeChoices } from '../firmware.js';

/**
 * @param {{deviceId: string, firmware?: string, update: object}} device an entry of GET …/firmware's devices
 * @param {{canChange: boolean, onChanged: () => void}} options
 */
export function updateBlock(device, { canChange, onChanged }) {
  const u = device.update;
  const id = device.deviceId;
  return h('div', { class: 'firmware-update', dataset: { testid: `firmware-update-${id}` } },
    h('p', { class: 'firmware-versions' },
      h('span', { translate: 'no' }, device.firmware ?? '?'), ' → ', h('strong', { translate: 'no', dataset: { testid: 'firmware-new-version' } }, u.version)),
    h('p', { class: `firmware-state state-${u.state}`, dataset: { testid: 'firmware-state' } }, updateStateText(u.state),
      u.state === 'postponed' && u.postponedUntil ? tr(` until ${formatTime(u.postponedUntil)}`, `，至 ${formatTime(u.postponedUntil)}`) : null),
    typeof u.progress === 'number' && ['downloading', 'applying', 'scheduled', 'ready'].includes(u.state)
      ? h('progress', { max: 100, value: clamp(u.progress), 'aria-label': tr(`Progress of the update to ${u.version}`, `更新到 ${u.version} 的进度`), dataset: { testid: 'firmware-progress' } }, `${clamp(u.progress)}%`)
      : null,
    typeof u.progress === 'number' && ['downloading', 'applying'].includes(u.state) ? h('span', { class: 'muted' }, ` ${clamp(u.progress)}%`) : null,
    u.state === 'failed' || u.state === 'rolledBack'
      ? h('p', { class: 'error', dataset: { testid: 'firmware-failure' } }, tr('The device said: ', '设备报告：'),
        h('span', { lang: 'en', translate: 'no' }, [u.code ? `${u.code}` : null, u.message].filter(Boolean).join(' ') || '—'))
      : null,
    notes(u.notes),
    canChange ? actions(device, onChanged) : null);
}

const clamp = (n) => Math.max(0, Math.min(100, Math.round(n)));

// The maker's notes in the app's language; the other language's notes only when this one has none (marked so).
function notes(n) {
  if (!n) return null;
  const wanted = language();
  const other = wanted === 'zh' ? 'en' : 'zh';
  const text = n[wanted]?.trim() ? n[wanted] : n[other];
  if (!text?.trim()) return null;
  const lang = n[wanted]?.trim() ? (wanted === 'zh' ? 'zh-CN' : 'en') : (other === 'zh' ? 'zh-CN' : 'en');
  return h('details', { class: 'firmware-notes', open: true },
    h('summary', {}, tr('What is new', '更新内容')),
    h('p', { lang, dataset: { testid: 'firmware-notes' } }, text));
}

function actions(device, onChanged) {
  const u = device.update;
  const id = device.deviceId;
  const run = async (button, what, call, done) => {
    button.disabled = true;
    try {
      await call();
      showNotice(done, 'firmware-changed');
      onChanged();
    } catch (error) {
      showApiError(what, error);
      button.disabled = false;
    }
  };
  if (u.state === 'postponed' || u.state === 'refused') {
    const allow = h('button', { type: 'button', class: 'primary', dataset: { testid: `firmware-allow-${id}` }, onclick: (e) =>
      run(e.currentTarget, tr('Allowing the update', '允许更新'), () => allowUpdate(id), tr(`The update to ${u.version} may go ahead.`, `已允许更新到 ${u.version}。`)) },
    tr('Allow the update', '允许更新'));
    return h('div', { class: 'actions' }, allow);
  }
  if (!['available', 'scheduled', 'downloading', 'ready', 'failed'].includes(u.state)) return null;
  const choiceId = `firmware-postpone-for-${id}`;
  const choice = h('select', { id: choiceId, dataset: { testid: `firmware-postpone-for-${id}` } }, PostponeChoices().map(([value, label]) => h('option', { value, selected: value === '7d' }, label)));
  const postpone = h('button', { type: 'button', dataset: { testid: `firmware-postpone-${id}` }, onclick: (e) =>
    run(e.currentTarget, tr('Postponing the update', '推迟更新'), () => postponeUpdate(id, choice.value), tr(`Postponed the update to ${u.version}.`, `已推迟更新到 ${u.version}。`)) },
  tr('Postpone', '推迟'));
  const refuse = h('button', { type: 'button', class: 'danger', dataset: { testid: `firmware-refuse-${id}` }, onclick: (e) =>
    run(e.currentTarget, tr('Refusing the update', '拒绝更新'), () => refuseUpdate(id, u.releaseId), tr(`This device will not be updated to ${u.version}.`, `这个设备不会更新到 ${u.version}。`)) },
  tr('Refuse this version', '拒绝这个版本'));
  return h('div', { class: 'actions firmware-actions' },
    h('label', { for: choiceId, class: 'visually-hidden' }, tr('Postpone for', '推迟多久')), choice, postpone, refuse);
}
