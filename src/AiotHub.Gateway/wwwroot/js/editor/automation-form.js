// The automation editor's form (docs/automations.md): triggers, conditions and actions as cards, each kind with
// the fields it takes, picked from the home's devices and their profiles; and/or/not, if, choose and wait hold
// their own lists of cards, to the format's depth. Every field writes into the draft definition as it changes.
import { h } from '../dom.js';
import { tr, pick } from '../i18n.js';
import { pathOf as segmentsPath } from './problems.js';
import { store } from '../store.js';
import { TriggerKinds, ConditionKinds, ActionKinds } from './kinds.js';
import { textField, numberField, selectField, switchField, valueField, durationField, timeField, weekdaysField, checklistField } from './fields.js';
import { itemList, addPicker, deviceField, memberField, propertiesTable, argumentsFields, deviceOptions } from './parts.js';
import { devices, findDevice, member, readableProperties, writableProperties, actionsOf, eventsOf, valueSpec, isNumberFormat, hasTvMembers, defaultValue, itemLabel as labelOfItem } from './catalog.js';

export { TriggerKinds, ConditionKinds, ActionKinds };
const WaitKinds = () => TriggerKinds().filter(([k]) => ['property', 'tv', 'event', 'availability', 'mode'].includes(k));
const Modes = () => [['home', tr('Home', '在家')], ['away', tr('Away', '离家')], ['sleep', tr('Sleep', '睡眠')]].map(([value, label]) => ({ value, label }));
const SunEvents = () => [['sunrise', tr('Sunrise', '日出')], ['sunset', tr('Sunset', '日落')], ['solar-noon', tr('Solar noon', '正午')],
  ['civil-dawn', tr('Dawn', '黎明')], ['civil-dusk', tr('Dusk', '黄昏')]].map(([value, label]) => ({ value, label }));
const OnOffline = () => [{ value: 'online', label: tr('Online', '在线') }, { value: 'offline', label: tr('Offline', '离线') }];

const labelOf = (kinds, kind) => kinds.find(([k]) => k === kind)?.[1] ?? kind;
const firstDevice = (filter = () => true) => devices().find(filter) ?? null;

// New items, ready to be saved as they are where the home allows it (the first device that fits, its first member).
export function newTrigger(kind) {
  switch (kind) {
    case 'property': {
      const device = firstDevice((d) => readableProperties(d).length);
      return { kind, deviceId: device?.id ?? '', property: readableProperties(device)[0]?.key ?? '' };
    }
    case 'event': {
      const device = firstDevice((d) => eventsOf(d).length);
      return { kind, deviceId: device?.id ?? '', event: eventsOf(device)[0]?.key ?? '' };
    }
    case 'tv': return { kind, deviceId: firstDevice(hasTvMembers)?.id ?? '', playback: 'playing' };
    case 'availability': return { kind, deviceId: firstDevice()?.id ?? '', to: 'offline' };
    case 'time': return { kind, at: '07:00' };
    case 'sun': return { kind, event: 'sunset' };
    case 'mode': return { kind, to: 'away' };
    case 'schedule': return { kind, cron: '0 8 * * *' };
    case 'webhook': return { kind, hookId: randomHookId() };
    default: return { kind };
  }
}

export function newCondition(kind) {
  switch (kind) {
    case 'property': {
      const device = firstDevice((d) => readableProperties(d).length);
      const property = readableProperties(device)[0];
      return { kind, deviceId: device?.id ?? '', property: property?.key ?? '', equals: defaultValue(property?.spec) };
    }
    case 'time': return { kind, after: '22:00', before: '06:00' };
    case 'mode': return { kind, in: ['home'] };
    case 'availability': return { kind, deviceId: firstDevice()?.id ?? '', is: 'online' };
    case 'sun': return { kind, after: 'sunset', before: 'sunrise' };
    case 'trigger': return { kind, ids: [] };
    default: return { kind, conditions: [] };
  }
}

export function newAction(kind) {
  switch (kind) {
    case 'set': {
      const device = firstDevice((d) => writableProperties(d).length);
      const property = writableProperties(device)[0];
      return { kind, deviceId: device?.id ?? '', properties: property ? { [property.key]: defaultValue(property.spec) } : {} };
    }
    case 'call': {
      const device = firstDevice((d) => actionsOf(d).length);
      return { kind, deviceId: device?.id ?? '', action: actionsOf(device)[0]?.key ?? '' };
    }
    case 'scene': return { kind, sceneId: store.scenes?.[0]?.id ?? '' };
    case 'delay': return { kind, duration: '1m' };
    case 'wait': return { kind, trigger: newTrigger('property'), timeout: '10m', continueOnTimeout: true };
    case 'if': return { kind, conditions: [newCondition('mode')], then: [] };
    case 'choose': return { kind, options: [{ conditions: [newCondition('mode')], actions: [] }] };
    case 'notify': return { kind, message: '' };
    case 'mode': return { kind, set: 'home' };
    case 'snapshot': return { kind, name: 'before', deviceIds: [] };
    case 'restore': return { kind, name: 'before' };
    default: return { kind };
  }
}

function randomHookId() {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The whole form: name, description, mode; then the three lists. */
export function automationForm(ctx, draft, { isNew }) {
  draft.triggers ??= [];
  draft.actions ??= [];
  const conditions = (draft.conditions ??= []);
  const form = h('div', { class: 'automation-form' },
    h('section', { class: 'card', 'aria-labelledby': 'about-title' }, h('h2', { id: 'about-title' }, tr('About', '基本信息')),
      textField(ctx, draft, 'name', tr('Name', '名称'), ['name'], { maxlength: 100 }),
      textField(ctx, draft, 'description', tr('Description (optional)', '描述（可选）'), ['description'], { optional: true, maxlength: 1000, multiline: true }),
      isNew ? textField(ctx, draft, 'id', tr('Id (optional)', 'ID（可选）'), ['id'], { optional: true, maxlength: 64, placeholder: 'evening-light',
        hint: tr('Letters a–z, digits and -; made from the name when empty. It never changes.', '小写字母、数字和 -；留空则由名称生成，之后不能更改。') }) : null,
      selectField(ctx, draft, 'mode', tr('While it is running, a new trigger…', '运行中再次触发时…'), [
        { value: 'single', label: tr('is ignored', '忽略') }, { value: 'restart', label: tr('restarts it', '重新开始') },
        { value: 'queued', label: tr('waits its turn', '排队等待') }, { value: 'parallel', label: tr('runs alongside', '同时运行') }], ['mode'],
      { optional: true, anyLabel: tr('is ignored (default)', '忽略（默认）'), onPick: (value) => {
        if (value === undefined) delete draft.mode; else draft.mode = value;
        if (draft.mode !== 'queued' && draft.mode !== 'parallel') delete draft.max;
        ctx.changed(); ctx.rerender();
      } }),
      draft.mode === 'queued' || draft.mode === 'parallel'
        ? numberField(ctx, draft, 'max', tr('At most this many runs (1–100)', '最多同时运行数（1–100）'), ['max'], { min: 1, max: 100, step: 1 }) : null),
    section(ctx, 'triggers', tr('When', '当以下情况发生时'), tr('Any one of these starts it.', '任一条件发生即启动。'),
      itemList(ctx, draft.triggers, ['triggers'], { testid: 'triggers', title: (t) => labelOf(TriggerKinds(), t.kind), renderItem: (t, i) => triggerBody(ctx, t, ['triggers', i], draft) }),
      addPicker(ctx, draft.triggers, tr('Add a trigger', '添加触发条件'), TriggerKinds(), newTrigger, 'add-trigger')),
    section(ctx, 'conditions', tr('Only if', '并且满足'), tr('All of these must hold when it starts (none: always).', '启动时必须全部满足（没有则总是执行）。'),
      conditionList(ctx, conditions, ['conditions'], draft, 'conditions')),
    section(ctx, 'actions', tr('Do', '执行'), tr('One after the other.', '依次执行。'),
      actionList(ctx, draft.actions, ['actions'], draft, 'actions')));
  return form;
}

function section(ctx, id, title, hint, ...content) {
  return h('section', { class: 'card editor-section', 'aria-labelledby': `${id}-title`, dataset: { path: `$.${id}` } },
    h('h2', { id: `${id}-title`, class: 'problems-here' }, title), h('p', { class: 'muted small' }, hint), content);
}

function conditionList(ctx, list, segments, draft, testid) {
  return [itemList(ctx, list, segments, { testid, title: (c) => labelOf(ConditionKinds(), c.kind), renderItem: (c, i) => conditionBody(ctx, c, [...segments, i], draft) }),
    addPicker(ctx, list, tr('Add a condition', '添加条件'), ConditionKinds(), newCondition, `add-${testid}`)];
}

function actionList(ctx, list, segments, draft, testid) {
  return [itemList(ctx, list, segments, { testid, title: (a) => labelOf(ActionKinds(), a.kind), renderItem: (a, i) => actionBody(ctx, a, [...segments, i], draft) }),
    addPicker(ctx, list, tr('Add an action', '添加动作'), ActionKinds(), newAction, `add-${testid}`)];
}

// A card's kind can be changed in place: the item becomes a new one of that kind (its id kept for triggers).
function kindField(ctx, item, kinds, segments, make) {
  return selectField(ctx, item, 'kind', tr('Kind', '类型'), kinds.map(([value, label]) => ({ value, label })), [...segments, 'kind'], {
    onPick: (kind) => {
      const id = item.id;
      for (const key of Object.keys(item)) delete item[key];
      Object.assign(item, make(kind));
      if (id !== undefined && item.kind !== 'manual') item.id = id;
      ctx.changed(); ctx.rerender();
    } });
}

function unknownKind(item) {
  return h('p', { class: 'muted' }, tr('This kind is edited in the JSON view: ', '此类型请在 JSON 视图中编辑：'), h('code', {}, JSON.stringify(item)));
}

// ---- triggers ----
function triggerBody(ctx, t, segments, draft, kinds = TriggerKinds()) {
  const body = [kindField(ctx, t, kinds, segments, newTrigger)];
  const device = findDevice(t.deviceId);
  switch (t.kind) {
    case 'property': {
      const properties = readableProperties(device);
      body.push(deviceField(ctx, t, segments, { filter: (d) => readableProperties(d).length, reset: (d) => { t.property = readableProperties(d)[0]?.key ?? ''; clear(t, 'to', 'from', 'above', 'below'); } }),
        memberField(ctx, t, 'property', tr('Value', '状态'), properties, segments, () => clear(t, 'to', 'from', 'above', 'below')));
      const found = member(device, 'properties', t.property);
      if (found) {
        body.push(valueField(ctx, t, 'to', tr('Becomes', '变为'), found.spec, [...segments, 'to'], { optional: true, anyLabel: tr('any value', '任意值') }),
          valueField(ctx, t, 'from', tr('Was before', '之前为'), found.spec, [...segments, 'from'], { optional: true, anyLabel: tr('any value', '任意值') }));
        if (isNumberFormat(valueSpec(found.spec).format) && !valueSpec(found.spec).list) {
          body.push(numberField(ctx, t, 'above', tr('Rises above', '高于'), [...segments, 'above']), numberField(ctx, t, 'below', tr('Falls below', '低于'), [...segments, 'below']));
        }
      }
      body.push(durationField(ctx, t, 'for', tr('For at least (optional)', '持续至少（可选）'), [...segments, 'for'], { optional: true }));
      break;
    }
    case 'event': {
      body.push(deviceField(ctx, t, segments, { filter: (d) => eventsOf(d).length, reset: (d) => { t.event = eventsOf(d)[0]?.key ?? ''; delete t.arguments; } }),
        memberField(ctx, t, 'event', tr('Event', '事件'), eventsOf(device), segments, () => delete t.arguments));
      const found = member(device, 'events', t.event);
      const args = found?.spec?.arguments ?? [];
      if (args.length) {
        const values = (t.arguments ??= {});
        body.push(h('div', { class: 'args' }, args.map((a) => valueField(ctx, values, a.name, `${argumentLabel(a)} ${tr('(optional)', '（可选）')}`, a, [...segments, 'arguments', a.name], { optional: true, anyLabel: tr('any', '任意') }))));
        if (Object.keys(values).length === 0) delete t.arguments;
      }
      break;
    }
    case 'tv': {
      const which = t.app !== undefined ? 'app' : t.input !== undefined ? 'input' : 'playback';
      body.push(deviceField(ctx, t, segments, { filter: hasTvMembers }),
        selectField(ctx, { which }, 'which', tr('Watch', '监测'), [{ value: 'playback', label: tr('Playback', '播放状态') }, { value: 'app', label: tr('App', '应用') }, { value: 'input', label: tr('Input', '信号源') }],
          [...segments, 'which'], { onPick: (value) => { clear(t, 'playback', 'app', 'input', 'from'); t[value] = value === 'playback' ? 'playing' : ''; ctx.changed(); ctx.rerender(); } }));
      if (which === 'playback') {
        const states = ['playing', 'paused', 'stopped', 'buffering'].map((value) => ({ value, label: { playing: tr('Playing', '播放中'), paused: tr('Paused', '已暂停'), stopped: tr('Stopped', '已停止'), buffering: tr('Buffering', '缓冲中') }[value] }));
        body.push(selectField(ctx, t, 'playback', tr('Becomes', '变为'), states, [...segments, 'playback']),
          selectField(ctx, t, 'from', tr('Was before', '之前为'), states, [...segments, 'from'], { optional: true, anyLabel: tr('anything', '任意') }));
      } else {
        body.push(textField(ctx, t, which, which === 'app' ? tr('App package', '应用包名') : tr('Input', '信号源'), [...segments, which], { placeholder: which === 'app' ? 'com.netflix.ninja' : 'HDMI 1' }));
      }
      body.push(durationField(ctx, t, 'for', tr('For at least (optional)', '持续至少（可选）'), [...segments, 'for'], { optional: true }));
      break;
    }
    case 'availability':
      body.push(deviceField(ctx, t, segments),
        selectField(ctx, t, 'to', tr('Goes', '变为'), OnOffline(), [...segments, 'to'], { optional: true, anyLabel: tr('online or offline', '在线或离线') }),
        durationField(ctx, t, 'for', tr('For at least (optional)', '持续至少（可选）'), [...segments, 'for'], { optional: true }));
      break;
    case 'time':
      body.push(timesField(ctx, t, [...segments, 'at']), weekdaysField(ctx, t, 'weekdays', tr('Only on', '仅在'), [...segments, 'weekdays']));
      break;
    case 'sun':
      body.push(selectField(ctx, t, 'event', tr('At', '在'), SunEvents(), [...segments, 'event']),
        durationField(ctx, t, 'offset', tr('Offset (optional)', '偏移（可选）'), [...segments, 'offset'], { optional: true, placeholder: '-30m', negative: true }));
      break;
    case 'mode':
      body.push(selectField(ctx, t, 'to', tr('Becomes', '变为'), Modes(), [...segments, 'to'], { optional: true, anyLabel: tr('any mode', '任意模式') }),
        selectField(ctx, t, 'from', tr('Was before', '之前为'), Modes(), [...segments, 'from'], { optional: true, anyLabel: tr('any mode', '任意模式') }));
      break;
    case 'schedule':
      body.push(textField(ctx, t, 'cron', tr('Cron expression', 'Cron 表达式'), [...segments, 'cron'], { placeholder: '0 8 * * mon-fri', hint: tr('minute hour day month weekday (seconds first if 6 fields)', '分 时 日 月 星期（6 段时秒在前）') }));
      break;
    case 'webhook':
      body.push(textField(ctx, t, 'hookId', tr('Hook id (the secret in the URL)', 'Hook ID（URL 中的密钥）'), [...segments, 'hookId'], { hint: `POST /api/v1/hooks/${t.hookId ?? ''}` }));
      break;
    case 'manual':
      body.push(h('p', { class: 'muted small' }, tr('Runs only with Run now or Test run.', '仅在"立即运行"或"试运行"时执行。')));
      break;
    default:
      body.push(unknownKind(t));
  }
  if (draft && t.kind !== 'manual') {
    body.push(textField(ctx, t, 'id', tr('Trigger id (optional, for "which trigger")', '触发器 ID（可选，用于"由哪个触发器"）'), [...segments, 'id'], { optional: true, maxlength: 64 }));
  }
  return h('div', { class: 'item-body' }, body);
}

const argumentLabel = (a) => pick(a.descriptions, a.description ?? a.name);

function clear(obj, ...keys) {
  for (const key of keys) delete obj[key];
}

// 'at': one time or several; the list grows with "Add a time".
function timesField(ctx, t, segments) {
  const times = Array.isArray(t.at) ? t.at : [t.at ?? ''];
  const inputs = times.map((time, i) => {
    const holder = { v: time };
    const one = timeField({ changed: () => { times[i] = holder.v ?? ''; t.at = times.length === 1 ? times[0] : [...times]; ctx.changed(); } }, holder, 'v',
      times.length === 1 ? tr('At', '时间') : tr(`Time ${i + 1}`, `时间 ${i + 1}`), Array.isArray(t.at) ? [...segments, i] : segments);
    const remove = times.length > 1 ? h('button', { type: 'button', class: 'icon danger', 'aria-label': tr(`Remove time ${i + 1}`, `删除时间 ${i + 1}`),
      onclick: () => { times.splice(i, 1); t.at = times.length === 1 ? times[0] : times; ctx.changed(); ctx.rerender(); } }, '✕') : null;
    return h('div', { class: 'set-row' }, one, remove);
  });
  return h('div', { class: 'times', dataset: { path: segmentsPath(segments) } }, inputs,
    h('button', { type: 'button', class: 'link', onclick: () => { t.at = [...times, '12:00']; ctx.changed(); ctx.rerender(); } }, tr('+ Add a time', '+ 添加时间')));
}


// ---- conditions ----
function conditionBody(ctx, c, segments, draft) {
  const body = [kindField(ctx, c, ConditionKinds(), segments, newCondition)];
  const device = findDevice(c.deviceId);
  switch (c.kind) {
    case 'and': case 'or': case 'not':
      c.conditions ??= [];
      body.push(h('div', { class: 'nested' }, conditionList(ctx, c.conditions, [...segments, 'conditions'], draft, 'conditions')));
      break;
    case 'property': {
      body.push(deviceField(ctx, c, segments, { filter: (d) => readableProperties(d).length, reset: (d) => {
        const p = readableProperties(d)[0];
        c.property = p?.key ?? '';
        clear(c, 'equals', 'notEquals', 'in', 'above', 'below');
        c.equals = defaultValue(p?.spec);
      } }),
      memberField(ctx, c, 'property', tr('Value', '状态'), readableProperties(device), segments, (key) => {
        clear(c, 'equals', 'notEquals', 'in', 'above', 'below');
        c.equals = defaultValue(member(device, 'properties', key)?.spec);
      }));
      const found = member(device, 'properties', c.property);
      if (found) body.push(...propertyTest(ctx, c, found, segments));
      break;
    }
    case 'time':
      body.push(timeField(ctx, c, 'after', tr('From (optional)', '开始（可选）'), [...segments, 'after'], { optional: true }),
        timeField(ctx, c, 'before', tr('Until (optional)', '结束（可选）'), [...segments, 'before'], { optional: true }),
        weekdaysField(ctx, c, 'weekdays', tr('On', '星期'), [...segments, 'weekdays']));
      break;
    case 'mode':
      body.push(checklistField(ctx, c, 'in', tr('The home is in', '家庭模式为'), Modes(), [...segments, 'in'], { optional: false }));
      break;
    case 'availability':
      body.push(deviceField(ctx, c, segments), selectField(ctx, c, 'is', tr('Is', '状态'), OnOffline(), [...segments, 'is']));
      break;
    case 'sun':
      body.push(selectField(ctx, c, 'after', tr('After', '之后'), SunEvents(), [...segments, 'after'], { optional: true, anyLabel: tr('—', '—') }),
        durationField(ctx, c, 'afterOffset', tr('Offset', '偏移'), [...segments, 'afterOffset'], { optional: true, placeholder: '-30m', negative: true }),
        selectField(ctx, c, 'before', tr('Before', '之前'), SunEvents(), [...segments, 'before'], { optional: true, anyLabel: tr('—', '—') }),
        durationField(ctx, c, 'beforeOffset', tr('Offset', '偏移'), [...segments, 'beforeOffset'], { optional: true, placeholder: '30m', negative: true }),
        numberField(ctx, c, 'elevationAbove', tr('Sun higher than (°)', '太阳高度高于（°）'), [...segments, 'elevationAbove'], { min: -90, max: 90 }),
        numberField(ctx, c, 'elevationBelow', tr('Sun lower than (°)', '太阳高度低于（°）'), [...segments, 'elevationBelow'], { min: -90, max: 90 }));
      break;
    case 'trigger': {
      const ids = (draft.triggers ?? []).map((t) => t.id).filter(Boolean);
      if (c.id !== undefined) { c.ids = [...new Set([c.id, ...(c.ids ?? [])])]; delete c.id; }
      body.push(ids.length ? checklistField(ctx, c, 'ids', tr('Started by', '由以下触发器启动'), ids.map((id) => ({ value: id, label: id })), [...segments, 'ids'], { optional: false })
        : h('p', { class: 'muted small', dataset: { path: segmentsPath([...segments, 'ids']) } }, tr('Give the triggers an id first.', '请先给触发器设置 ID。')));
      break;
    }
    default:
      body.push(unknownKind(c));
  }
  return h('div', { class: 'item-body' }, body);
}

// One test of a property condition: is / is not / one of / above-below.
function propertyTest(ctx, c, found, segments) {
  const spec = valueSpec(found.spec);
  const numeric = isNumberFormat(spec.format) && !spec.list;
  const test = 'notEquals' in c ? 'notEquals' : 'in' in c ? 'in' : ('above' in c || 'below' in c) ? 'range' : 'equals';
  const tests = [{ value: 'equals', label: tr('is', '等于') }, { value: 'notEquals', label: tr('is not', '不等于') }];
  if (spec.list) tests.push({ value: 'in', label: tr('is one of', '属于') });
  if (numeric) tests.push({ value: 'range', label: tr('is between / above / below', '介于 / 高于 / 低于') });
  const fields = [selectField(ctx, { test }, 'test', tr('Test', '判断'), tests, [...segments, 'test'], { onPick: (value) => {
    clear(c, 'equals', 'notEquals', 'in', 'above', 'below');
    if (value === 'in') c.in = [spec.list[0].value];
    else if (value === 'range') c.above = spec.range?.min ?? 0;
    else c[value] = defaultValue(found.spec);
    ctx.changed(); ctx.rerender();
  } })];
  if (test === 'equals' || test === 'notEquals') fields.push(valueField(ctx, c, test, tr('Value', '值'), found.spec, [...segments, test]));
  else if (test === 'in') fields.push(checklistField(ctx, c, 'in', tr('Any of', '任一'), spec.list.map((i) => ({ value: i.value, label: labelOfItem(i) })), [...segments, 'in'], { optional: false }));
  else fields.push(numberField(ctx, c, 'above', tr('Above', '高于'), [...segments, 'above'], { min: spec.range?.min, max: spec.range?.max }),
    numberField(ctx, c, 'below', tr('Below', '低于'), [...segments, 'below'], { min: spec.range?.min, max: spec.range?.max }));
  return fields;
}


// ---- actions ----
function actionBody(ctx, a, segments, draft) {
  const body = [kindField(ctx, a, ActionKinds(), segments, newAction)];
  const device = findDevice(a.deviceId);
  switch (a.kind) {
    case 'set': {
      a.properties ??= {};
      body.push(deviceField(ctx, a, segments, { filter: (d) => writableProperties(d).length, reset: (d) => {
        const p = writableProperties(d)[0];
        a.properties = p ? { [p.key]: defaultValue(p.spec) } : {};
      } }));
      if (device) body.push(propertiesTable(ctx, device, a.properties, [...segments, 'properties']));
      break;
    }
    case 'call':
      body.push(deviceField(ctx, a, segments, { filter: (d) => actionsOf(d).length, reset: (d) => { a.action = actionsOf(d)[0]?.key ?? ''; delete a.in; } }),
        memberField(ctx, a, 'action', tr('Action', '动作'), actionsOf(device), segments, () => delete a.in),
        argumentsFields(ctx, device, a.action, a, 'in', segments));
      break;
    case 'scene':
      body.push(selectField(ctx, a, 'sceneId', tr('Scene', '场景'), (store.scenes ?? []).map((s) => ({ value: s.id, label: s.name })), [...segments, 'sceneId']));
      break;
    case 'delay':
      body.push(durationField(ctx, a, 'duration', tr('Wait for', '等待'), [...segments, 'duration']));
      break;
    case 'wait': {
      const wait = h('div', { class: 'nested' });
      if (Array.isArray(a.triggers)) {
        wait.append(h('p', { class: 'field-label' }, tr('Until one of', '直到任一')),
          itemList(ctx, a.triggers, [...segments, 'triggers'], { testid: 'wait-triggers', title: (t) => labelOf(TriggerKinds(), t.kind), renderItem: (t, i) => triggerBody(ctx, t, [...segments, 'triggers', i], null, WaitKinds()) }),
          addPicker(ctx, a.triggers, tr('Add a trigger', '添加触发条件'), WaitKinds(), newTrigger, 'add-wait-trigger'));
      } else {
        a.trigger ??= newTrigger('property');
        wait.append(h('div', { class: 'item card', dataset: { path: segmentsPath([...segments, 'trigger']) } },
          h('div', { class: 'item-head problems-here' }, h('span', { class: 'item-title' }, tr('Until', '直到'))),
          triggerBody(ctx, a.trigger, [...segments, 'trigger'], null, WaitKinds())));
      }
      body.push(wait, durationField(ctx, a, 'timeout', tr('At most', '最长等待'), [...segments, 'timeout']),
        switchField(ctx, a, 'continueOnTimeout', tr('Go on when the time is up', '超时后继续'), [...segments, 'continueOnTimeout']));
      break;
    }
    case 'if':
      a.conditions ??= [];
      a.then ??= [];
      body.push(h('div', { class: 'nested', dataset: { branch: 'if' } }, h('p', { class: 'field-label' }, tr('If all of', '如果全部满足')), conditionList(ctx, a.conditions, [...segments, 'conditions'], draft, 'if-conditions')),
        h('div', { class: 'nested', dataset: { branch: 'then' } }, h('p', { class: 'field-label' }, tr('Then', '则')), actionList(ctx, a.then, [...segments, 'then'], draft, 'then')),
        a.else ? h('div', { class: 'nested', dataset: { branch: 'else' } }, h('p', { class: 'field-label' }, tr('Else', '否则')), actionList(ctx, a.else, [...segments, 'else'], draft, 'else'))
          : h('button', { type: 'button', class: 'link', onclick: () => { a.else = []; ctx.changed(); ctx.rerender(); } }, tr('+ Add "else"', '+ 添加"否则"')));
      break;
    case 'choose':
      a.options ??= [];
      body.push(h('ol', { class: 'items options' }, a.options.map((option, i) => {
        option.conditions ??= [];
        option.actions ??= [];
        const optionSegments = [...segments, 'options', i];
        return h('li', { class: 'item card nested', dataset: { path: segmentsPath(optionSegments) } },
          h('div', { class: 'item-head problems-here' }, h('span', { class: 'item-title' }, tr(`Option ${i + 1}`, `选项 ${i + 1}`)),
            h('span', { class: 'item-tools' }, h('button', { type: 'button', class: 'icon danger', 'aria-label': tr(`Remove option ${i + 1}`, `删除选项 ${i + 1}`),
              onclick: () => { a.options.splice(i, 1); ctx.changed(); ctx.rerender(); } }, '✕'))),
          h('p', { class: 'field-label' }, tr('When all of', '当全部满足')), conditionList(ctx, option.conditions, [...optionSegments, 'conditions'], draft, 'option-conditions'),
          h('p', { class: 'field-label' }, tr('Do', '执行')), actionList(ctx, option.actions, [...optionSegments, 'actions'], draft, 'option-actions'));
      })),
      h('button', { type: 'button', class: 'link', onclick: () => { a.options.push({ conditions: [], actions: [] }); ctx.changed(); ctx.rerender(); } }, tr('+ Add an option', '+ 添加选项')),
      a.default ? h('div', { class: 'nested', dataset: { branch: 'default' } }, h('p', { class: 'field-label' }, tr('Otherwise', '否则')), actionList(ctx, a.default, [...segments, 'default'], draft, 'default'))
        : h('button', { type: 'button', class: 'link', onclick: () => { a.default = []; ctx.changed(); ctx.rerender(); } }, tr('+ Add "otherwise"', '+ 添加"否则"')));
      break;
    case 'notify':
      body.push(textField(ctx, a, 'title', tr('Title (optional)', '标题（可选）'), [...segments, 'title'], { optional: true }),
        textField(ctx, a, 'message', tr('Message', '内容'), [...segments, 'message'], { maxlength: 1000, multiline: true }),
        selectField(ctx, a, 'level', tr('Level', '级别'), [{ value: 'info', label: tr('Info', '信息') }, { value: 'warning', label: tr('Warning', '警告') }, { value: 'alert', label: tr('Alert (stays until dismissed)', '警报（需手动关闭）') }], [...segments, 'level'], { optional: true, anyLabel: tr('Info (default)', '信息（默认）') }));
      break;
    case 'mode':
      body.push(selectField(ctx, a, 'set', tr('Set the home to', '将家庭模式设为'), Modes(), [...segments, 'set']));
      break;
    case 'snapshot':
      body.push(textField(ctx, a, 'name', tr('Remember as', '保存名称'), [...segments, 'name']),
        checklistField(ctx, a, 'deviceIds', tr('Devices', '设备'), deviceOptions((d) => writableProperties(d).length), [...segments, 'deviceIds'], { optional: false }));
      break;
    case 'restore': {
      const names = [...new Set(collectSnapshots(draft.actions ?? []))];
      body.push(names.length ? selectField(ctx, a, 'name', tr('Restore', '恢复'), names.map((n) => ({ value: n, label: n })), [...segments, 'name'])
        : textField(ctx, a, 'name', tr('Restore', '恢复'), [...segments, 'name']));
      break;
    }
    default:
      body.push(unknownKind(a));
  }
  return h('div', { class: 'item-body' }, body);
}

function collectSnapshots(actions) {
  const names = [];
  for (const a of actions ?? []) {
    if (a?.kind === 'snapshot' && a.name) names.push(a.name);
    for (const list of [a?.then, a?.else, a?.default, ...(a?.options ?? []).map((o) => o.actions)]) names.push(...collectSnapshots(list));
  }
  return names;
}

