// An automation (docs/automations.md) or a scene's steps as sentences a person reads, in the app's language and the
// profiles' words: "Hall motion · Hallway: Motion becomes On", "At 07:10 on weekdays", "Hall light: On/off On,
// Brightness 40%". The Suggestions page says with these what a suggestion would do; anything the words below do not
// know (a new kind) is shown by its kind, never dropped.
import { tr, formatNumber } from '../i18n.js';
import { store } from '../store.js';
import { findDevice, deviceLabel, member, valueText } from './catalog.js';

const list = (items) => items.filter(Boolean).join(tr(', ', '，'));
const either = (items) => items.join(tr(' or ', '或'));

const deviceName = (id) => { const d = findDevice(id); return d ? deviceLabel(d) : String(id ?? ''); };
const memberLabel = (deviceId, kind, key) => member(findDevice(deviceId), kind, key)?.label ?? String(key ?? '');
const valueOf = (deviceId, key, value) => {
  const found = member(findDevice(deviceId), 'properties', key);
  return found ? valueText(found.spec, value) : (typeof value === 'boolean' ? (value ? tr('On', '开') : tr('Off', '关')) : JSON.stringify(value));
};

const Weekdays = () => ({ mon: tr('Mon', '周一'), tue: tr('Tue', '周二'), wed: tr('Wed', '周三'), thu: tr('Thu', '周四'), fri: tr('Fri', '周五'), sat: tr('Sat', '周六'), sun: tr('Sun', '周日') });
const Order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A weekday set in words: "on weekdays", "at weekends", "on Mon, Wed"; '' for every day or none. */
export function weekdaysText(days) {
  if (!Array.isArray(days) || days.length === 0 || days.length === 7) return '';
  const set = new Set(days);
  const same = (wanted) => wanted.length === set.size && wanted.every((d) => set.has(d));
  if (same(['mon', 'tue', 'wed', 'thu', 'fri'])) return tr('on weekdays', '工作日');
  if (same(['sat', 'sun'])) return tr('at weekends', '周末');
  const names = Weekdays();
  return tr(`on ${Order.filter((d) => set.has(d)).map((d) => names[d]).join(', ')}`, Order.filter((d) => set.has(d)).map((d) => names[d]).join('、'));
}

const Units = () => ({ d: tr('d', '天'), h: tr('h', '小时'), m: tr('min', '分钟'), s: tr('s', '秒'), ms: tr('ms', '毫秒') });
/** A duration of the format ("1h30m", "-30m") in words: "1 h 30 min" / "1小时30分钟". */
export function durationText(text) {
  const match = /^(-?)((?:\d+(?:ms|d|h|m|s))+)$/.exec(String(text ?? ''));
  if (!match) return String(text ?? '');
  const units = Units();
  const parts = [...match[2].matchAll(/(\d+)(ms|d|h|m|s)/g)].map(([, n, u]) => tr(`${formatNumber(Number(n))} ${units[u]}`, `${formatNumber(Number(n))}${units[u]}`));
  return `${match[1] ? '−' : ''}${parts.join(tr(' ', ''))}`;
}

const ModeNames = () => ({ home: tr('Home', '在家'), away: tr('Away', '离家'), sleep: tr('Sleep', '睡眠') });
const modeName = (mode) => ModeNames()[mode] ?? String(mode);
const SunEvents = () => ({ sunrise: tr('sunrise', '日出'), sunset: tr('sunset', '日落'), 'solar-noon': tr('solar noon', '正午'), 'civil-dawn': tr('dawn', '黎明'), 'civil-dusk': tr('dusk', '黄昏') });
const sunText = (event, offset) => {
  const name = SunEvents()[event] ?? String(event);
  return offset && !/^-?0+(ms|s|m|h|d)?$/.test(offset) ? tr(`${name} (${durationText(offset)})`, `${name}（${durationText(offset)}）`) : name;
};
const times = (at) => [].concat(at ?? []).join(tr(', ', '、'));
const forText = (duration) => (duration ? tr(` for ${durationText(duration)}`, `持续${durationText(duration)}`) : '');

/** One trigger in words. */
export function triggerText(t) {
  const device = () => deviceName(t.deviceId);
  switch (t?.kind) {
    case 'property': {
      const what = memberLabel(t.deviceId, 'properties', t.property);
      if (t.to !== undefined) return tr(`${device()}: ${what} becomes ${valueOf(t.deviceId, t.property, t.to)}${forText(t.for)}`, `${device()}：${what}变为${valueOf(t.deviceId, t.property, t.to)}${forText(t.for)}`);
      if (t.above !== undefined || t.below !== undefined) return tr(`${device()}: ${what} goes ${rangeText(t)}${forText(t.for)}`, `${device()}：${what}${rangeText(t)}${forText(t.for)}`);
      return tr(`${device()}: ${what} changes`, `${device()}：${what}变化`);
    }
    case 'tv': {
      const what = t.playback ? tr(({ playing: 'starts playing', paused: 'is paused', stopped: 'stops', buffering: 'is buffering' })[t.playback] ?? t.playback, `开始${({ playing: '播放', paused: '暂停', stopped: '停止', buffering: '缓冲' })[t.playback] ?? t.playback}`)
        : t.app ? tr(`opens ${t.app}`, `打开 ${t.app}`) : tr(`switches to ${t.input}`, `切换到${t.input}`);
      return tr(`${device()} ${what}${forText(t.for)}`, `${device()}${what}${forText(t.for)}`);
    }
    case 'event': return `${device()}${tr(': ', '：')}${memberLabel(t.deviceId, 'events', t.event)}`;
    case 'availability': return t.to === 'offline' ? tr(`${device()} goes offline${forText(t.for)}`, `${device()}离线${forText(t.for)}`)
      : t.to === 'online' ? tr(`${device()} comes online${forText(t.for)}`, `${device()}上线${forText(t.for)}`) : tr(`${device()} goes online or offline`, `${device()}上线或离线`);
    case 'time': {
      const days = weekdaysText(t.weekdays);
      return tr(`At ${times(t.at)}${days ? ` ${days}` : ''}`, `${days ? `${days} ` : '每天 '}${times(t.at)}`);
    }
    case 'sun': return tr(`At ${sunText(t.event, t.offset)}`, `${sunText(t.event, t.offset)}时`);
    case 'mode': return t.to ? tr(`The home mode becomes ${modeName(t.to)}`, `家庭模式变为${modeName(t.to)}`) : tr('The home mode changes', '家庭模式变化');
    case 'schedule': return tr(`On the schedule ${t.cron}`, `按计划 ${t.cron}`);
    case 'webhook': return tr('A webhook is called', '调用 Webhook');
    case 'manual': return tr('Only when run by hand', '仅手动执行');
    default: return String(t?.kind ?? '');
  }
}

function rangeText(c) {
  const unit = (v) => formatNumber(v);
  if (c.above !== undefined && c.below !== undefined) return tr(`between ${unit(c.above)} and ${unit(c.below)}`, `在 ${unit(c.above)} 和 ${unit(c.below)} 之间`);
  return c.above !== undefined ? tr(`above ${unit(c.above)}`, `高于 ${unit(c.above)}`) : tr(`below ${unit(c.below)}`, `低于 ${unit(c.below)}`);
}

// A `trigger` condition names the automation's own trigger ids (codes): said as the triggers themselves.
const startedBy = (c, triggers) => [].concat(c.id ?? c.ids ?? []).map((id) => {
  const trigger = triggers.find((t) => t?.id === id);
  return trigger ? triggerText(trigger) : String(id);
});

/** One condition in words (nested ones inside); `triggers` are the automation's, which a `trigger` condition names. */
export function conditionText(c, triggers = []) {
  switch (c?.kind) {
    case 'property': {
      const what = memberLabel(c.deviceId, 'properties', c.property);
      const device = deviceName(c.deviceId);
      if (c.equals !== undefined) return tr(`${device}: ${what} is ${valueOf(c.deviceId, c.property, c.equals)}`, `${device}：${what}为${valueOf(c.deviceId, c.property, c.equals)}`);
      if (c.notEquals !== undefined) return tr(`${device}: ${what} is not ${valueOf(c.deviceId, c.property, c.notEquals)}`, `${device}：${what}不为${valueOf(c.deviceId, c.property, c.notEquals)}`);
      if (Array.isArray(c.in)) return tr(`${device}: ${what} is ${either(c.in.map((v) => valueOf(c.deviceId, c.property, v)))}`, `${device}：${what}为${either(c.in.map((v) => valueOf(c.deviceId, c.property, v)))}`);
      return tr(`${device}: ${what} is ${rangeText(c)}`, `${device}：${what}${rangeText(c)}`);
    }
    case 'time': {
      const days = weekdaysText(c.weekdays);
      const window = c.after && c.before ? tr(`between ${c.after} and ${c.before}`, `${c.after} 至 ${c.before}`)
        : c.after ? tr(`after ${c.after}`, `${c.after} 之后`) : c.before ? tr(`before ${c.before}`, `${c.before} 之前`) : '';
      return [window, days].filter(Boolean).join(' ');
    }
    case 'sun': {
      if (c.after || c.before) {
        const after = c.after ? tr(`after ${sunText(c.after, c.afterOffset)}`, `${sunText(c.after, c.afterOffset)}后`) : '';
        const before = c.before ? tr(`before ${sunText(c.before, c.beforeOffset)}`, `${sunText(c.before, c.beforeOffset)}前`) : '';
        return tr([after, before].filter(Boolean).join(' and '), [after, before].filter(Boolean).join('、'));
      }
      return c.elevationBelow !== undefined ? tr(`the sun is below ${c.elevationBelow}°`, `太阳高度低于 ${c.elevationBelow}°`) : tr(`the sun is above ${c.elevationAbove}°`, `太阳高度高于 ${c.elevationAbove}°`);
    }
    case 'mode': return tr(`the home mode is ${either((c.in ?? []).map(modeName))}`, `家庭模式为${either((c.in ?? []).map(modeName))}`);
    case 'availability': return c.is === 'offline' ? tr(`${deviceName(c.deviceId)} is offline`, `${deviceName(c.deviceId)}离线`) : tr(`${deviceName(c.deviceId)} is online`, `${deviceName(c.deviceId)}在线`);
    case 'trigger': return tr(`it was started by “${startedBy(c, triggers).join('” or “')}”`, `由「${startedBy(c, triggers).join('」或「')}」触发`);
    case 'and': return tr(`all of: ${nested(c.conditions, triggers).join('; ')}`, `全部满足：${nested(c.conditions, triggers).join('；')}`);
    case 'or': return tr(`any of: ${nested(c.conditions, triggers).join('; ')}`, `任一满足：${nested(c.conditions, triggers).join('；')}`);
    case 'not': return tr(`none of: ${nested(c.conditions, triggers).join('; ')}`, `都不满足：${nested(c.conditions, triggers).join('；')}`);
    default: return String(c?.kind ?? '');
  }
}

const nested = (conditions, triggers) => (conditions ?? []).map((c) => conditionText(c, triggers));
const steps = (actions, triggers) => (actions ?? []).map((a) => actionText(a, triggers));

/** The values a set step or action writes: "On/off On, Brightness 40%". */
export function valuesText(deviceId, values) {
  return list(Object.entries(values ?? {}).map(([key, value]) => `${memberLabel(deviceId, 'properties', key)} ${valueOf(deviceId, key, value)}`));
}

const sceneName = (id) => store.scenes?.find((s) => s.id === id)?.name ?? String(id ?? '');

/** One action in words (nested ones inside); `triggers` as for conditionText. */
export function actionText(a, triggers = []) {
  switch (a?.kind) {
    case 'set': return `${deviceName(a.deviceId)}${tr(': ', '：')}${valuesText(a.deviceId, a.properties)}`;
    case 'call': return `${deviceName(a.deviceId)}${tr(': ', '：')}${memberLabel(a.deviceId, 'actions', a.action)}`;
    case 'scene': return tr(`Run the scene ${sceneName(a.sceneId)}`, `执行场景「${sceneName(a.sceneId)}」`);
    case 'delay': return tr(`Wait ${durationText(a.duration)}`, `延时${durationText(a.duration)}`);
    case 'wait': return tr(`Wait until ${triggerText(a.trigger ?? a.triggers?.[0] ?? {})} (at most ${durationText(a.timeout)})`, `等待${triggerText(a.trigger ?? a.triggers?.[0] ?? {})}（最多${durationText(a.timeout)}）`);
    case 'if': return tr(`If ${nested(a.conditions, triggers).join(' and ')}: ${steps(a.then, triggers).join('; ')}${a.else ? `; otherwise ${steps(a.else, triggers).join('; ')}` : ''}`,
      `如果${nested(a.conditions, triggers).join('且')}：${steps(a.then, triggers).join('；')}${a.else ? `；否则${steps(a.else, triggers).join('；')}` : ''}`);
    case 'choose': return tr(`Choose by conditions (${(a.options ?? []).length} options)`, `按条件选择（${(a.options ?? []).length} 个选项）`);
    case 'notify': return tr(`Notify: ${a.message}`, `发送通知：${a.message}`);
    case 'mode': return tr(`Set the home mode to ${modeName(a.set)}`, `设置家庭模式为${modeName(a.set)}`);
    case 'snapshot': return tr('Remember devices\' state', '记住设备状态');
    case 'restore': return tr('Restore remembered state', '恢复记住的状态');
    default: return String(a?.kind ?? '');
  }
}

/** A scene step ({deviceId, set} or {deviceId, call, in}) in words. */
export function sceneStepText(step) {
  if (step?.set) return `${deviceName(step.deviceId)}${tr(': ', '：')}${valuesText(step.deviceId, step.set)}`;
  if (step?.call) return `${deviceName(step.deviceId)}${tr(': ', '：')}${memberLabel(step.deviceId, 'actions', step.call)}`;
  return deviceName(step?.deviceId);
}
