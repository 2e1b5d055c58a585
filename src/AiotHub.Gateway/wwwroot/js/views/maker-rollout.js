// One rollout in the maker's view (/maker/rollouts/{id}): its status and current stage (since when, soaking until
// when), the halt reason in full when the hub stopped it, each stage's devices as counts (offered, updated, failed,
// not back, waiting) with a bar, the thresholds it is judged by, the timeline of what happened, and Pause / Resume /
// Halt / Roll back. While it moves the page asks the hub again every few seconds.
import { h, formatTime } from '../dom.js';
import { showApiError, showNotice } from '../messages.js';
import { tr, formatNumber } from '../i18n.js';
import { getRollout, rolloutAction, rolloutStatusText, isActive, stageName, currentStageName, durationText } from '../maker.js';

export const rolloutPathId = (path) => { const m = /^\/maker\/rollouts\/([^/]+)$/.exec(path); return m ? decodeURIComponent(m[1]) : null; };

const PollMs = 3000;
let timer = null;

export async function renderMakerRollout(main, id) {
  clearTimeout(timer);
  const body = h('div', {}, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const page = h('div', { class: 'maker-rollout-page', dataset: { testid: 'maker-rollout-page' } },
    h('a', { href: '/maker', 'data-link': true, class: 'back' }, tr('← Releases', '← 固件版本')), body);
  main.replaceChildren(page);
  await fill(page, body, id);
}

async function fill(page, body, id) {
  let r;
  try {
    r = await getRollout(id);
  } catch (error) {
    body.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'maker-error' } }, tr(`Could not load the rollout: ${error.message}`, `无法加载推送：${error.message}`)));
    return;
  }
  if (!page.isConnected) return;
  const again = () => fill(page, body, id);
  body.replaceChildren(
    h('h1', {}, h('span', { translate: 'no' }, `${r.model} ${r.version}`)),
    h('p', {}, h('span', { class: `badge rollout-${r.status}`, dataset: { testid: 'rollout-status', status: r.status } }, rolloutStatusText(r.status)), ' ', stageLine(r)),
    r.soak ? h('p', { class: 'muted' }, tr(`Each stage is watched for at least ${durationText(r.soak)}.`, `每个阶段至少观察 ${durationText(r.soak)}。`)) : null,
    r.haltReason ? h('div', { class: 'card halt', role: 'alert', dataset: { testid: 'rollout-halt-reason' } },
      h('h2', {}, tr('Why it was halted', '中止原因')), h('p', { lang: 'en' }, r.haltReason)) : null,
    actions(r, again),
    h('section', { class: 'card', 'aria-labelledby': 'rollout-stages-title' }, h('h2', { id: 'rollout-stages-title' }, tr('Stages', '阶段')),
      h('ol', { class: 'plain-list rollout-stages', dataset: { testid: 'rollout-stages' } }, (r.stages ?? []).map((s, i) => stageItem(s, i, r)))),
    thresholds(r.thresholds),
    h('section', { class: 'card', 'aria-labelledby': 'rollout-timeline-title' }, h('h2', { id: 'rollout-timeline-title' }, tr('Timeline', '时间线')),
      h('ol', { class: 'plain-list rollout-timeline', dataset: { testid: 'rollout-timeline' } }, [...(r.timeline ?? [])].reverse().map((e) => h('li', { dataset: { event: e.event } },
        h('span', { class: 'muted' }, formatTime(e.time)), ' ', h('strong', {}, eventText(e.event)), e.detail ? [' ', h('span', { lang: 'en' }, e.detail)] : null)))));
  clearTimeout(timer);
  if (isActive(r.status) && r.status !== 'paused') timer = setTimeout(() => { if (page.isConnected) again(); }, PollMs);
}

function stageLine(r) {
  if (!currentStageName(r) || !isActive(r.status)) return null;
  const name = stageName(currentStageName(r));
  return h('span', { dataset: { testid: 'rollout-stage' } },
    tr(`Stage ${name}`, `阶段：${name}`),
    r.stage.started ? tr(` since ${formatTime(r.stage.started)}`, `，开始于 ${formatTime(r.stage.started)}`) : '',
    r.stage.soakUntil ? tr(`, watched until ${formatTime(r.stage.soakUntil)}`, `，观察至 ${formatTime(r.stage.soakUntil)}`) : '');
}

const Counts = () => [['succeeded', tr('updated', '已更新')], ['failed', tr('failed', '失败')], ['notBack', tr('not back', '未重新上线')], ['pending', tr('waiting', '等待中')]];

function stageItem(s, index, r) {
  const devices = s.devices ?? 0;
  const current = s.name === currentStageName(r) && isActive(r.status);
  const width = (n) => `${devices ? Math.round(((n ?? 0) / devices) * 100) : 0}%`;
  return h('li', { class: `rollout-stage${current ? ' current' : ''}`, dataset: { testid: `rollout-stage-${index}` }, 'aria-current': current ? 'step' : undefined },
    h('h3', {}, stageName(s.name), s.percent != null && s.name !== `${s.percent}%` && s.name !== 'testers' ? ` (${s.percent}%)` : '', current ? tr(' · now', ' · 进行中') : ''),
    h('div', { class: 'stage-bar', role: 'img', 'aria-label': tr(`${s.succeeded ?? 0} of ${devices} updated, ${s.failed ?? 0} failed, ${s.notBack ?? 0} not back`, `${devices} 台中 ${s.succeeded ?? 0} 台已更新，${s.failed ?? 0} 台失败，${s.notBack ?? 0} 台未重新上线`) },
      bar('ok', width(s.succeeded)), bar('bad', width(s.failed)), bar('warn', width(s.notBack))),
    h('p', { class: 'stage-counts' }, tr(`${devices} devices, ${s.offered ?? 0} offered: `, `${devices} 台设备，已推送 ${s.offered ?? 0} 台：`),
      Counts().map(([key, word], i) => [i ? tr(', ', '，') : '', h('span', { dataset: { count: key } }, tr(`${s[key] ?? 0} ${word}`, `${word} ${s[key] ?? 0}`))])),
    s.commands ? h('p', { class: 'stage-counts muted' }, tr(`Updated devices answered ${s.commands} commands, ${s.commandErrors ?? 0} rejected or timed out.`,
      `更新后的设备响应了 ${s.commands} 条指令，其中 ${s.commandErrors ?? 0} 条被拒绝或超时。`)) : null);
}

// The style property, not a style attribute: the hub's Content-Security-Policy (style-src 'self') refuses the latter.
function bar(kind, width) {
  const span = h('span', { class: kind });
  span.style.width = width;
  return span;
}

function thresholds(t) {
  if (!t || typeof t !== 'object') return null;
  const entries = Object.entries(t).filter(([, v]) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean');
  if (!entries.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'rollout-thresholds-title' }, h('h2', { id: 'rollout-thresholds-title' }, tr('Halts by itself when', '自动中止条件')),
    h('dl', { class: 'facts', dataset: { testid: 'rollout-thresholds' } }, entries.map(([k, v]) => [h('dt', {}, thresholdName(k)), h('dd', {}, thresholdValue(k, v))])));
}

function thresholdName(key) {
  switch (key) {
    case 'failureRate': return tr('more of a stage\'s updates fail than', '阶段内更新失败比例超过');
    case 'notBackRate': return tr('more devices are not back than', '未重新上线的设备比例超过');
    case 'notBackWithin': return tr('a device is not back when it is not online with the new firmware within', '设备在多长时间内未以新固件上线即算作未重新上线');
    case 'commandErrorRate': return tr('more commands to updated devices are rejected or time out than', '更新后设备的指令被拒绝或超时的比例超过');
    case 'minSamples': return tr('judged once this many devices have an outcome', '至少有这么多台设备有结果后才判断');
    case 'minCommandSamples': return tr('commands judged once there are at least', '指令至少达到这个数量后才判断');
    case 'rollbackOnHalt': return tr('on a halt, updated devices are rolled back', '中止时回退已更新的设备');
    default: return h('span', { translate: 'no' }, key);
  }
}

function thresholdValue(key, value) {
  if (typeof value === 'boolean') return value ? tr('yes', '是') : tr('no', '否');
  if (typeof value === 'number' && /Rate$/.test(key) && value <= 1) return `${formatNumber(value * 100, 0.1)}%`;
  // A TimeSpan as .NET writes it ("00:15:00", "1.00:00:00").
  const span = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(String(value));
  if (span) {
    const minutes = (Number(span[1] ?? 0) * 24 + Number(span[2])) * 60 + Number(span[3]);
    return minutes % 60 === 0 && minutes >= 60 ? tr(`${minutes / 60} h`, `${minutes / 60} 小时`) : tr(`${minutes} min`, `${minutes} 分钟`);
  }
  return durationText(value);
}

function eventText(event) {
  const words = {
    created: tr('Created', '已创建'), started: tr('Started', '已开始'), 'stage-started': tr('Next stage', '进入下一阶段'), 'stage-advanced': tr('Next stage', '进入下一阶段'),
    halted: tr('Halted', '已中止'), paused: tr('Paused', '已暂停'), resumed: tr('Resumed', '已继续'), completed: tr('Completed', '已完成'),
    cancelled: tr('Cancelled', '已取消'), 'rollback-started': tr('Rolling back', '正在回退'), rollback: tr('Rolling back', '正在回退'), resumedAfterRestart: tr('Resumed after a hub restart', '网关重启后继续'),
  };
  return words[event] ?? h('span', { translate: 'no' }, event);
}

function actions(r, again) {
  const act = (verb, label, done, danger) => h('button', { type: 'button', class: danger ? 'danger' : '', dataset: { testid: `rollout-${verb}` }, onclick: async (e) => {
    const button = e.currentTarget;
    if (danger && !button.dataset.armed) {
      // Asked once in place: the second tap does it.
      button.dataset.armed = '1';
      button.textContent = tr(`${label} — tap again to confirm`, `${label}——再点一次确认`);
      return;
    }
    button.disabled = true;
    try {
      await rolloutAction(r.id, verb);
      showNotice(done, 'rollout-changed');
      again();
    } catch (error) {
      showApiError(label, error);
      button.disabled = false;
    }
  } }, label);
  const buttons = [];
  if (r.status === 'testers' || r.status === 'staged') buttons.push(act('pause', tr('Pause', '暂停'), tr('Paused: no new device gets it.', '已暂停：不会再推送给新设备。')));
  // A halted rollout never resumes (a new rollout of a fixed release does); a paused one does.
  if (r.status === 'paused') buttons.push(act('resume', tr('Resume', '继续'), tr('Resumed.', '已继续。')));
  if (isActive(r.status)) buttons.push(act('halt', tr('Halt', '中止'), tr('Halted.', '已中止。'), true));
  if (r.status !== 'completed' && r.status !== 'cancelled') buttons.push(act('rollback', tr('Roll back updated devices', '回退已更新的设备'), tr('Rolling back the updated devices.', '正在回退已更新的设备。'), true));
  return buttons.length ? h('div', { class: 'actions', dataset: { testid: 'rollout-actions' } }, buttons) : null;
}
