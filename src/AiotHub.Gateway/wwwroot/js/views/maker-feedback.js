// Feedback and health in the maker's view (/maker/feedback): reports from homes about the maker's devices, filtered by
// model and firmware, each with the words, the category, the context its owner agreed to send (model, firmware,
// recent commands, availability, counters — never a home) and the maker's answers, with a form to answer; and the
// health of a model per firmware version over the hub's devices (command success rate, p95 latency, offline rate,
// malformed reports, reports).
import { h, formatTime } from '../dom.js';
import { showApiError, showNotice } from '../messages.js';
import { tr, formatNumber } from '../i18n.js';
import { listFeedback, answerFeedback, getHealth, listReleases } from '../maker.js';
import { answersOf, categoryText } from '../firmware.js';

export const isMakerFeedbackPage = (path) => path === '/maker/feedback';

const filter = { model: '', firmware: '' };

export async function renderMakerFeedback(main) {
  const list = h('div', { dataset: { testid: 'maker-feedback' } }, h('p', { class: 'muted' }, tr('Loading…', '加载中…')));
  const health = h('div', { dataset: { testid: 'maker-health' } });
  const model = h('select', { id: 'feedback-model', dataset: { testid: 'feedback-model' } }, h('option', { value: '' }, tr('All models', '全部型号')));
  const firmware = h('input', { id: 'feedback-firmware', value: filter.firmware, placeholder: '1.5.0', translate: 'no', dataset: { testid: 'feedback-firmware' } });
  const apply = () => { filter.model = model.value; filter.firmware = firmware.value.trim(); fillList(list); fillHealth(health); };
  model.addEventListener('change', apply);
  firmware.addEventListener('change', apply);
  main.replaceChildren(h('div', { class: 'maker-feedback-page', dataset: { testid: 'maker-feedback-page' } },
    h('h1', {}, tr('Feedback from homes', '来自家庭的反馈')),
    h('p', { class: 'muted' }, tr('Each report carries only what its owner agreed to send: the device\'s model, firmware, recent commands, availability and the errors the hub counted. Your answer shows in the app of the home that reported.',
      '每条反馈只包含用户同意发送的信息：设备型号、固件、最近的指令、在线情况和网关统计的错误。你的回复会显示在反馈家庭的应用里。')),
    h('div', { class: 'filters feedback-filters' },
      h('label', { for: model.id }, tr('Model', '型号')), model,
      h('label', { for: firmware.id }, tr('Firmware', '固件')), firmware),
    h('section', { class: 'card', 'aria-labelledby': 'maker-health-title' }, h('h2', { id: 'maker-health-title' }, tr('Health by firmware version', '各固件版本的运行状况')), health),
    h('section', { class: 'card', 'aria-labelledby': 'maker-feedback-title' }, h('h2', { id: 'maker-feedback-title' }, tr('Reports', '反馈')), list)));
  // The models to choose from: those of the maker's releases and reports.
  const [releases, reports] = await Promise.all([listReleases().catch(() => []), fillList(list)]);
  const models = [...new Set([...releases.map((r) => r.model), ...(reports ?? []).map((r) => r.model)].filter(Boolean))].sort();
  model.append(...models.map((m) => h('option', { value: m, selected: m === filter.model, translate: 'no' }, m)));
  if (!filter.model && models.length) { filter.model = models[0]; model.value = models[0]; fillList(list); }
  fillHealth(health);
}

async function fillList(list) {
  let reports;
  try {
    reports = await listFeedback(filter);
  } catch (error) {
    list.replaceChildren(h('p', { class: 'error', role: 'alert', dataset: { testid: 'maker-error' } }, tr(`Could not load the reports: ${error.message}`, `无法加载反馈：${error.message}`)));
    return [];
  }
  reports.sort((a, b) => String(b.created ?? '').localeCompare(String(a.created ?? '')));
  list.replaceChildren(reports.length === 0
    ? h('p', { class: 'muted', dataset: { testid: 'maker-feedback-empty' } }, tr('No reports.', '没有反馈。'))
    : h('ul', { class: 'plain-list reports' }, reports.map((r) => reportItem(r, list))));
  return reports;
}

function reportItem(r, list) {
  const context = r.context ?? r.snapshot ?? null;
  const text = h('textarea', { id: `answer-${r.id}`, rows: 2, maxlength: 2000, required: true, dataset: { testid: `answer-text-${r.id}` } });
  const send = h('button', { type: 'submit', class: 'primary', dataset: { testid: `answer-send-${r.id}` } }, tr('Answer', '回复'));
  return h('li', { class: 'card report', dataset: { testid: `maker-report-${r.id}` } },
    h('p', { class: 'muted' }, formatTime(r.created), ' · ', h('span', { translate: 'no' }, `${r.model ?? ''} ${r.firmware ?? ''}`), r.category ? ` · ${categoryText(r.category)}` : ''),
    h('p', { class: 'report-text' }, r.text),
    context ? h('details', {}, h('summary', {}, tr('What the home sent', '家庭发送的信息')),
      h('pre', { class: 'report-json', translate: 'no', tabindex: 0, 'aria-label': tr('What the home sent', '家庭发送的信息') }, JSON.stringify(context, null, 2))) : null,
    answersOf(r).map((a) => h('div', { class: 'maker-answer', dataset: { testid: 'maker-answer' } },
      h('p', { class: 'muted' }, tr('You answered', '你的回复'), a.time ?? a.created ? ` · ${formatTime(a.time ?? a.created)}` : ''), h('p', {}, a.text))),
    h('form', { class: 'answer-form', onsubmit: async (e) => {
      e.preventDefault();
      if (!text.value.trim()) return;
      send.disabled = true;
      try {
        await answerFeedback(r.id, text.value.trim());
        showNotice(tr('Answer sent: the home sees it in its app.', '回复已发送：对方会在应用中看到。'), 'answer-sent');
        fillList(list);
      } catch (error) {
        showApiError(tr('Answering', '回复'), error);
        send.disabled = false;
      }
    } }, h('label', { for: text.id }, tr('Your answer', '你的回复')), text, h('div', { class: 'actions' }, send)));
}

async function fillHealth(target) {
  let answer;
  try {
    answer = await getHealth(filter.model);
  } catch (error) {
    target.replaceChildren(h('p', { class: 'error', dataset: { testid: 'maker-health-error' } }, error.message));
    return;
  }
  const rows = (answer?.versions ?? []).filter((v) => !filter.firmware || v.firmware === filter.firmware);
  target.replaceChildren(
    answer?.since ? h('p', { class: 'muted' }, tr(`Commands since ${formatTime(answer.since)}; devices as they are now.`, `指令统计自 ${formatTime(answer.since)}；设备状态为当前状态。`)) : null,
    rows.length === 0
      ? h('p', { class: 'muted', dataset: { testid: 'maker-health-empty' } }, tr('No devices of this model on this hub.', '这个网关上没有这个型号的设备。'))
      : h('ul', { class: 'plain-list health' }, rows.map((v) => healthItem(v))));
}

function healthItem(v) {
  const c = v.commands ?? {};
  const m = v.malformed ?? {};
  const fact = (name, value, testid) => [h('dt', {}, name), h('dd', { dataset: testid ? { testid } : undefined }, value)];
  return h('li', { class: 'health-version', dataset: { testid: `health-${v.model}-${v.firmware ?? 'unknown'}` } },
    h('h3', {}, h('span', { translate: 'no' }, v.model), ' · ', tr('firmware ', '固件 '), h('span', { translate: 'no' }, v.firmware ?? '?')),
    h('dl', { class: 'facts' },
      fact(tr('Devices', '设备数'), tr(`${v.devices} (${v.online ?? 0} online, ${v.offline ?? 0} offline)`, `${v.devices}（在线 ${v.online ?? 0}，离线 ${v.offline ?? 0}）`)),
      fact(tr('Offline now', '当前离线比例'), percent(v.offlineRate)),
      fact(tr('Commands that succeed', '指令成功率'), percent(c.successRate), 'health-success'),
      fact(tr('Commands', '指令'), tr(`${c.applied ?? 0} applied, ${c.rejected ?? 0} rejected, ${c.timedOut ?? 0} timed out, ${c.offline ?? 0} to an offline device`,
        `生效 ${c.applied ?? 0}，被拒绝 ${c.rejected ?? 0}，超时 ${c.timedOut ?? 0}，设备离线 ${c.offline ?? 0}`)),
      fact(tr('Latency (95th percentile)', '延迟（95 分位）'), c.p95LatencyMs == null ? '—' : tr(`${formatNumber(c.p95LatencyMs, 1)} ms`, `${formatNumber(c.p95LatencyMs, 1)} 毫秒`)),
      fact(tr('Bad input the hub counted', '网关统计的错误输入'), tr(`${m.malformedMessages ?? 0} malformed messages, ${m.invalidValues ?? 0} invalid values, ${m.invalidEvents ?? 0} invalid events, ${m.unknownReplies ?? 0} unknown replies`,
        `格式错误的消息 ${m.malformedMessages ?? 0}，无效数值 ${m.invalidValues ?? 0}，无效事件 ${m.invalidEvents ?? 0}，未知回复 ${m.unknownReplies ?? 0}`)),
      fact(tr('Problem reports', '问题反馈'), String(v.reports ?? 0), 'health-reports')));
}

const percent = (rate) => (typeof rate === 'number' ? `${formatNumber(rate * 100, 0.1)}%` : '—');
