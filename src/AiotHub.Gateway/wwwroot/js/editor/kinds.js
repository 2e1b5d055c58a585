// The kinds of trigger, condition and action (docs/automations.md) in the app's language, in the order the editor
// offers them; also the automation page's words for its triggers.
import { tr } from '../i18n.js';

export const TriggerKinds = () => [
  ['property', tr('A device value changes', '设备状态变化')], ['event', tr('A device event', '设备事件')],
  ['tv', tr('TV playback, app or input', '电视播放、应用或信号源')], ['availability', tr('A device goes online or offline', '设备上线或离线')],
  ['time', tr('At a time of day', '定时')], ['sun', tr('Sunrise or sunset', '日出或日落')], ['mode', tr('The home mode changes', '家庭模式变化')],
  ['schedule', tr('A schedule (cron)', '计划（cron）')], ['webhook', tr('A webhook is called', '调用 Webhook')], ['manual', tr('Only when run by hand', '仅手动执行')],
];
export const ConditionKinds = () => [
  ['property', tr('A device value', '设备状态')], ['time', tr('Time of day or weekday', '时间段或星期')], ['mode', tr('Home mode', '家庭模式')],
  ['availability', tr('A device is online or offline', '设备在线或离线')], ['sun', tr('Sun position', '太阳位置')],
  ['trigger', tr('Which trigger started it', '由哪个触发器启动')], ['and', tr('All of…', '全部满足…')], ['or', tr('Any of…', '任一满足…')], ['not', tr('None of…', '都不满足…')],
];
export const ActionKinds = () => [
  ['set', tr('Set a device', '设置设备')], ['call', tr('Run a device action', '执行设备动作')], ['scene', tr('Run a scene', '执行场景')],
  ['delay', tr('Wait a while', '延时')], ['wait', tr('Wait for something', '等待条件')], ['if', tr('If … then … else', '如果…则…否则')],
  ['choose', tr('Choose by conditions', '按条件选择')], ['notify', tr('Send a notification', '发送通知')], ['mode', tr('Set the home mode', '设置家庭模式')],
  ['snapshot', tr('Remember devices\' state', '记住设备状态')], ['restore', tr('Restore remembered state', '恢复记住的状态')],
];
