// The home's side of firmware updates (docs/api.md "Firmware", docs/ota.md): what the home's devices run and what is
// offered to them, the owner's tester switch and quiet hours, postponing, refusing or allowing one device's update,
// its history, and reporting a problem to the device's maker (with the maker's answers). The words for the API's
// states live here so the Firmware page and the device page say the same.
import { api, homePath, devicePath, itemsOf } from './api.js';
import { store } from './store.js';
import { tr, pick } from './i18n.js';

const firmwarePath = () => `${homePath(store.home.id)}/firmware`;
const deviceFirmwarePath = (deviceId) => `${devicePath(store.home.id, deviceId)}/firmware`;

/** {settings: {tester, quietHours}, devices: [{deviceId, name, model, firmware, update}]}. */
export const getHomeFirmware = () => api(firmwarePath());
export const putFirmwareSettings = (settings) => api(`${firmwarePath()}/settings`, { method: 'PUT', body: settings });
export const postponeUpdate = (deviceId, duration) => api(`${deviceFirmwarePath(deviceId)}/postpone`, { method: 'POST', body: { for: duration } });
export const refuseUpdate = (deviceId, releaseId) => api(`${deviceFirmwarePath(deviceId)}/refuse`, { method: 'POST', body: { releaseId } });
export const allowUpdate = (deviceId) => api(`${deviceFirmwarePath(deviceId)}/allow`, { method: 'POST' });
/** The device's update history, newest first. */
export async function deviceFirmwareHistory(deviceId) {
  const answer = await api(deviceFirmwarePath(deviceId));
  const items = Array.isArray(answer) ? answer : (answer?.history ?? itemsOf(answer));
  return [...items].sort((a, b) => String(timeOf(b)).localeCompare(String(timeOf(a))));
}

/** One entry's time, whichever the hub gives (finished, updated, started, time). */
export const timeOf = (entry) => entry?.completed ?? entry?.finished ?? entry?.updated ?? entry?.time ?? entry?.started ?? entry?.created ?? null;

// Feedback from the home to the device's maker: the hub attaches the context only with consent.
export const reportProblem = (deviceId, report) => api(`${devicePath(store.home.id, deviceId)}/feedback`, { method: 'POST', body: report });
export async function homeFeedback() {
  return itemsOf(await api(`${homePath(store.home.id)}/feedback`));
}

/** A maker's answers to a report: a list, whether the hub gives `answers` or one `answer`. */
export function answersOf(report) {
  if (Array.isArray(report?.answers)) return report.answers;
  if (report?.answer) return [typeof report.answer === 'string' ? { text: report.answer, time: report.answered } : { ...report.answer, time: report.answer.answered ?? report.answer.time }];
  return [];
}

/** The states of an update (docs/api.md), as the app says them. */
export function updateStateText(state) {
  switch (state) {
    case 'available': return tr('Update available', '有可用更新');
    case 'scheduled': return tr('Scheduled', '已安排');
    case 'downloading': return tr('Downloading', '正在下载');
    case 'ready': return tr('Downloaded, waiting to install', '已下载，等待安装');
    case 'applying': return tr('Installing', '正在安装');
    case 'succeeded': return tr('Updated', '已更新');
    case 'failed': return tr('Update failed', '更新失败');
    case 'postponed': return tr('Postponed', '已推迟');
    case 'refused': return tr('Refused', '已拒绝');
    case 'rolledBack': return tr('Rolled back to the previous firmware', '已回退到之前的固件');
    case 'offered': return tr('Offered to the device', '已推送给设备');
    case 'notBack': return tr('Did not come back after installing', '安装后没有重新上线');
    case 'cancelled': return tr('Cancelled', '已取消');
    case 'rollingBack': return tr('Rolling back', '正在回退');
    default: return state ?? '';
  }
}

/** A time of day as the hub writes it ("22:00" or "22:00:00") as HH:MM. */
export const hhmm = (time) => String(time ?? '').slice(0, 5);

/** An update is on its way (the page follows its progress). */
export const inProgress = (state) => state === 'scheduled' || state === 'downloading' || state === 'ready' || state === 'applying';

/** The release notes in the app's language (else English). */
export const notesText = (notes) => pick(notes, '');

/** Categories of a problem report (the API's ids). */
export const Categories = () => [
  ['', tr('No category', '不选类别')],
  ['not-responding', tr('Does not respond', '没有响应')],
  ['offline', tr('Goes offline', '经常离线')],
  ['wrong-state', tr('Shows the wrong state', '状态不对')],
  ['slow', tr('Is slow to respond', '反应慢')],
  ['after-update', tr('Since a firmware update', '固件更新后出现')],
  ['other', tr('Something else', '其他')],
];

export const categoryText = (category) => Categories().find(([id]) => id === category)?.[1] ?? category ?? '';

/** How long to postpone: the API's durations. */
export const PostponeChoices = () => [['1d', tr('1 day', '1 天')], ['7d', tr('7 days', '7 天')], ['30d', tr('30 days', '30 天')]];
