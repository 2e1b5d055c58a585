// One suggestion as a card: its title and explanation in the app's language, what it would do (the automation's
// triggers, conditions and actions, or the scene's steps, in the profiles' words), the evidence (how often, how sure, a
// timeline of the times the person did it, each time's activity-log entries on request), what it would have done over
// the same weeks, and — for the owner and members — Accept, Not now and Dismiss (with an optional reason).
import { h, formatTime } from '../dom.js';
import { tr, language, formatNumber, formatClock, formatDateTime } from '../i18n.js';
import { canControl, loadScenes } from '../store.js';
import { showApiError, showNotice } from '../messages.js';
import { acceptSuggestion, dismissSuggestion, snoozeSuggestion, readActivity, forgetCount } from '../suggestions.js';
import { triggerText, conditionText, actionText, sceneStepText } from '../editor/describe.js';
import { editorPath, scenePath } from '../editor/routes.js';
import { findDevice, deviceLabel, member, valueText } from '../editor/catalog.js';
import { timeline, evidenceWindow } from './suggestion-timeline.js';

const DayMs = 86_400_000;
const MaxOccurrencesListed = 100;
const MaxReason = 200;

const KindNames = () => ({ timeRoutine: tr('Time routine', '定时习惯'), linkage: tr('Linkage', '设备联动'), scene: tr('Scene', '场景'), correction: tr('Correction', '自动化调整') });
export const text = (pair) => (pair && typeof pair === 'object' ? (pair[language()] ?? pair.en ?? '') : String(pair ?? ''));

/** The card's element; `onDecided(suggestion, card, 'accepted' | 'snoozed' | 'dismissed')` after the hub took the decision. */
export function suggestionCard(suggestion, onDecided) {
  const id = suggestion.id;
  const headingId = `suggestion-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const card = h('li', { class: 'card suggestion', 'aria-labelledby': headingId, dataset: { testid: `suggestion-${id}`, kind: suggestion.kind, status: suggestion.status } });
  card.append(
    h('header', {},
      h('span', { class: `badge kind ${suggestion.kind}`, dataset: { testid: 'suggestion-kind' } }, KindNames()[suggestion.kind] ?? suggestion.kind),
      h('h2', { id: headingId, dataset: { testid: 'suggestion-title' } }, text(suggestion.title))),
    h('p', { dataset: { testid: 'suggestion-explanation' } }, text(suggestion.explanation)),
    whatItDoes(suggestion),
    evidence(suggestion),
    decision(suggestion, card, onDecided));
  return card;
}

function whatItDoes(s) {
  const section = h('section', { class: 'what', dataset: { testid: 'suggestion-what' } }, h('h3', {}, tr('What it would do', '它会做什么')));
  if (s.changesAutomationId) {
    section.append(h('p', {}, tr('It changes your automation ', '它会修改你的自动化 '),
      h('a', { href: `/automations/${encodeURIComponent(s.changesAutomationId)}`, 'data-link': true, dataset: { testid: 'changes-automation' } },
        s.automation?.name ?? s.changesAutomationId), tr(' to this:', '，改为：')));
  }
  if (s.automation) {
    const a = s.automation;
    section.append(h('dl', { class: 'facts what-list' },
      [h('dt', {}, tr('When', '当')), h('dd', {}, lines((a.triggers ?? []).map(triggerText), 'what-trigger'))],
      (a.conditions ?? []).length ? [h('dt', {}, tr('Only if', '并且')), h('dd', {}, lines(a.conditions.map((c) => conditionText(c, a.triggers ?? [])), 'what-condition'))] : null,
      [h('dt', {}, tr('Do', '就')), h('dd', {}, lines((a.actions ?? []).map((x) => actionText(x, a.triggers ?? [])), 'what-action'))]));
  } else if (s.scene) {
    section.append(h('p', {}, tr(`A scene named ${s.scene.name ?? ''}, to run with one tap:`, `一个名为「${s.scene.name ?? ''}」的场景，一键执行：`)),
      lines((s.scene.steps ?? []).map(sceneStepText), 'what-step'));
  }
  return section;
}

const lines = (items, testid) => h('ul', { class: 'plain' }, items.map((item) => h('li', { dataset: { testid } }, item)));

const times = (n) => (n === 1 ? 'once' : `${n} times`);

/** "18 times in the last 4 weeks" from the first occurrence to now. */
export function supportText(s) {
  const window = evidenceWindow(s);
  const n = s.support ?? s.occurrences?.length ?? 0;
  if (!window) return tr(times(n), `${n} 次`);
  const days = Math.max(1, Math.ceil((Date.now() - Math.min(...window.times)) / DayMs));
  if (days < 14) return tr(`${times(n)} in the last ${days} days`, `最近 ${days} 天里有 ${n} 次`);
  const weeks = Math.ceil(days / 7);
  return tr(`${times(n)} in the last ${weeks} weeks`, `最近 ${weeks} 周里有 ${n} 次`);
}

function confidenceText(confidence) {
  const percent = formatNumber(Math.round(Math.max(0, Math.min(1, confidence ?? 0)) * 100));
  const word = confidence >= 0.9 ? tr('very sure', '很有把握') : confidence >= 0.75 ? tr('fairly sure', '比较有把握') : tr('not so sure', '把握不大');
  return tr(`It held ${percent}% of the times it could have: ${word}.`, `在可能发生的时候，有 ${percent}% 的情况是这样（${word}）。`);
}

function replayText(s) {
  const r = s.replay;
  if (!s.automation || !r || !r.runs && !r.missed) return null;
  const weeks = Math.max(1, Math.round((Date.parse(r.to) - Date.parse(r.from)) / (7 * DayMs)));
  const main = tr(`Had it existed over the last ${weeks} weeks, it would have run ${times(r.runs)}; you did it yourself ${r.matched} of those times.`,
    `如果过去 ${weeks} 周就有这个自动化，它会运行 ${r.runs} 次，其中 ${r.matched} 次你也亲手做了同样的事。`);
  const missed = r.missed ? tr(` It would not have run on ${r.missed} of the times you did it.`, `另有 ${r.missed} 次你做了，它却不会运行。`) : '';
  return main + missed;
}

function evidence(s) {
  const occurrences = [...(s.occurrences ?? [])].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const list = h('ul', { class: 'occurrences plain' }, occurrences.slice(0, MaxOccurrencesListed).map((o) => occurrenceRow(o)));
  const replay = replayText(s);
  return h('section', { class: 'evidence', dataset: { testid: 'suggestion-evidence' } },
    h('h3', {}, tr('Why', '依据')),
    h('p', { class: 'support', dataset: { testid: 'suggestion-support' } }, supportText(s)),
    h('p', { class: 'muted', dataset: { testid: 'suggestion-confidence' } }, confidenceText(s.confidence)),
    timeline(s),
    replay ? h('p', { dataset: { testid: 'suggestion-replay' } }, replay) : null,
    occurrences.length ? h('details', { dataset: { testid: 'occurrences' } },
      h('summary', {}, tr(`The ${occurrences.length} times`, `全部 ${occurrences.length} 次`)), list) : null);
}

// One time the routine happened; its log entries (what the person did, and what came before it) load on request.
function occurrenceRow(o) {
  const entries = h('ul', { class: 'activity plain', hidden: true, dataset: { testid: 'occurrence-entries' } });
  const button = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', dataset: { testid: 'occurrence-show' }, onclick: async () => {
    if (!entries.hidden) { entries.hidden = true; button.setAttribute('aria-expanded', 'false'); return; }
    button.disabled = true;
    try {
      const at = Date.parse(o.time);
      // The linkage's first entry comes before the person's action: a window of 15 minutes before it covers it.
      const answer = await readActivity(new Date(at - 15 * 60_000).toISOString(), new Date(at + 60_000).toISOString(), null, 200);
      const wanted = new Set((o.activityIds ?? []).map(String));
      const found = (answer?.items ?? []).filter((e) => wanted.has(String(e.id)));
      entries.replaceChildren(...(found.length ? found.map((e) => h('li', { dataset: { testid: 'activity-entry' } }, activityText(e)))
        : [h('li', { class: 'muted' }, tr('These entries are no longer in the activity log.', '活动记录里已经没有这些条目了。'))]));
      entries.hidden = false;
      button.setAttribute('aria-expanded', 'true');
    } catch (error) {
      showApiError(tr('Loading the activity log failed', '加载活动记录失败'), error);
    } finally {
      button.disabled = false;
    }
  } }, formatDateTime(o.time, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }));
  return h('li', { dataset: { testid: 'occurrence' } }, button, entries);
}

const Sources = () => ({ app: tr('in the app', '在应用中'), voice: tr('by voice', '语音'), scene: tr('by a scene', '场景'), automation: tr('by an automation', '自动化'),
  device: tr('on the device', '在设备上'), hub: tr('by the hub', '网关') });

/** An activity-log entry in words: "07:10 Hall light · Hallway: On/off On (in the app)". */
export function activityText(e) {
  const device = findDevice(e.deviceId);
  const name = device ? deviceLabel(device) : (e.deviceId ?? '');
  const found = device && e.member ? member(device, 'properties', e.member) ?? member(device, 'events', e.member) ?? member(device, 'actions', e.member) : null;
  const what = found ? found.label : (e.member ?? String(e.kind ?? ''));
  const value = e.value === undefined || e.value === null ? '' : ` ${found?.spec && 'value' in (found.spec ?? {}) ? valueText(found.spec, e.value) : (typeof e.value === 'object' ? JSON.stringify(e.value) : String(e.value))}`;
  const source = Sources()[String(e.source ?? '').toLowerCase()] ?? e.source ?? '';
  return tr(`${formatClock(e.time)} ${name}: ${what}${value}${source ? ` (${source})` : ''}`, `${formatClock(e.time)} ${name}：${what}${value}${source ? `（${source}）` : ''}`);
}

function decision(s, card, onDecided) {
  if (s.status === 'accepted') return acceptedLine(s.acceptedAs);
  if (s.status === 'dismissed') return h('p', { class: 'muted', dataset: { testid: 'dismissed-note' } },
    s.dismissReason ? tr(`Dismissed: ${s.dismissReason}`, `已忽略：${s.dismissReason}`) : tr('Dismissed: it will not be suggested again.', '已忽略：不会再推荐。'));
  const snoozed = s.status === 'snoozed' && s.snoozedUntil
    ? h('p', { class: 'muted', dataset: { testid: 'snoozed-note' } }, tr(`Not now: it comes back on ${formatTime(s.snoozedUntil)}.`, `暂不处理：${formatTime(s.snoozedUntil)} 再提醒。`)) : null;
  if (!canControl()) return snoozed;

  const reason = h('textarea', { id: `${card.getAttribute('aria-labelledby')}-reason`, maxlength: MaxReason, rows: 2, dataset: { testid: 'dismiss-reason' },
    placeholder: tr('For example: we only do this in winter', '例如：我们只在冬天这样做') });
  const buttons = h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'primary', dataset: { testid: 'accept' }, onclick: (e) => act(e, async () => {
      const created = await acceptSuggestion(s.id);
      const as = { kind: s.scene && !s.automation ? 'scene' : 'automation', id: created?.id };
      if (as.kind === 'scene') await loadScenes();
      if (s.changesAutomationId) as.kind = 'changed';
      card.dataset.status = 'accepted';
      buttons.replaceWith(acceptedLine(as, created?.name));
      confirm.remove();
      showNotice(acceptedLine(as, created?.name, 'accepted-toast-link'), 'suggestion-accepted', 12_000);
    }, 'accepted') }, tr('Accept', '采纳')),
    s.status === 'snoozed' ? null : h('button', { type: 'button', dataset: { testid: 'snooze' }, onclick: (e) => act(e, async () => {
      await snoozeSuggestion(s.id, '7d');
      showNotice(tr('Not now: it comes back in a week.', '暂不处理：一周后再提醒。'), 'suggestion-snoozed');
    }, 'snoozed') }, tr('Not now', '暂不')),
    h('button', { type: 'button', class: 'danger', dataset: { testid: 'dismiss' }, onclick: () => { confirm.hidden = false; buttons.hidden = true; reason.focus(); } }, tr('Dismiss…', '忽略…')));
  const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': tr('Dismiss this suggestion', '忽略这条推荐'), dataset: { testid: 'dismiss-confirm' } },
    h('p', {}, tr('It will not be suggested again. Why not? (optional, it helps you remember)', '以后不会再推荐。原因（可不填，方便你以后查看）：')),
    h('label', { for: reason.id, class: 'visually-hidden' }, tr('Reason', '原因')), reason,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', dataset: { testid: 'dismiss-confirm-button' }, onclick: (e) => act(e, async () => {
        await dismissSuggestion(s.id, reason.value.trim().slice(0, MaxReason));
        showNotice(tr('Dismissed: it will not be suggested again.', '已忽略：不会再推荐。'), 'suggestion-dismissed');
      }, 'dismissed') }, tr('Dismiss', '忽略')),
      h('button', { type: 'button', onclick: () => { confirm.hidden = true; buttons.hidden = false; } }, tr('Cancel', '取消'))));

  // A decision's call: the buttons wait for the hub; on success the page shows the list without it, on failure the hub's reason.
  async function act(event, call, outcome) {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await call();
      forgetCount();
      onDecided?.(s, card, outcome);
    } catch (error) {
      showApiError(tr(`"${text(s.title)}"`, `「${text(s.title)}」`), error);
    } finally {
      button.disabled = false;
    }
  }
  return h('div', { class: 'decision' }, snoozed, buttons, confirm);
}

// "Saved as the automation Hall light at 07:10 — open it": the link goes to its editor (an automation) or the scene's page.
function acceptedLine(as, name, testid = 'accepted-link') {
  if (!as?.id) return h('p', { class: 'muted' }, tr('Accepted.', '已采纳。'));
  const href = as.kind === 'scene' ? scenePath(as.id) : editorPath(as.id);
  return h('p', { class: 'accepted', dataset: { testid: 'accepted-note' } },
    as.kind === 'scene' ? tr('Saved as a scene: ', '已保存为场景：')
      : as.kind === 'changed' ? tr('Changed the automation: ', '已修改自动化：') : tr('Saved as an automation: ', '已保存为自动化：'),
    h('a', { href, 'data-link': true, dataset: { testid } }, name ?? as.id));
}
