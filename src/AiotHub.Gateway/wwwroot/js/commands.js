// What a tap sends: set a property, call an action, run a scene. Failures are shown, never swallowed.
import { api, devicePath, homePath } from './api.js';
import { store, profileOf } from './store.js';
import { showApiError, showNotice } from './messages.js';
import { tr, pick } from './i18n.js';

export async function setProperty(device, key, value, rerender) {
  try {
    const command = await api(`${devicePath(store.home.id, device.id)}/properties`, { method: 'POST', body: { values: { [key]: value } } });
    // The desired value is the hub's too from now on (a desired-changed event follows).
    const property = (device.properties[key] ??= { key });
    property.desired = { value, timestamp: command?.created ?? new Date().toISOString() };
    if (command?.id) store.desiredCommand.set(`${device.id} ${key}`, command.id);
  } catch (error) {
    showApiError(device.name ?? device.id, error);
  }
  rerender(device.id);
}

export async function callAction(device, key, args) {
  try {
    await api(`${devicePath(store.home.id, device.id)}/actions/${encodeURIComponent(key)}`, { method: 'POST', body: args ? { in: args } : undefined });
    const name = device.name ?? device.id;
    const action = actionText(device, key);
    showNotice(tr(`${name}: ${action} sent.`, `${name}：已发送「${action}」`));
  } catch (error) {
    showApiError(device.name ?? device.id, error);
  }
}

// The action's name from the device's profile in the app's language, else its key.
function actionText(device, key) {
  const [service, name] = String(key).split('.');
  const action = profileOf(device)?.services?.find((s) => s.name === service)?.actions?.find((a) => a.name === name);
  return action ? pick(action.descriptions, action.description || name) : key;
}

const Finished = new Set(['succeeded', 'partial', 'failed']);

/** A scene run's status in words: 'succeeded' → "succeeded" / "已完成". */
export function runStatusText(status) {
  const words = {
    running: tr('running…', '执行中…'), succeeded: tr('succeeded', '已完成'), partial: tr('partial', '部分完成'),
    failed: tr('failed', '失败'), cancelled: tr('cancelled', '已取消'),
  };
  return words[status] ?? String(status ?? '');
}

// Runs a scene and reports its outcome once the run ends (polling the run; the live
// scene-run-finished event may say it first — whichever comes, the message is shown once).
export async function runScene(scene, setStatus) {
  const scenePath = `${homePath(store.home.id)}/scenes/${encodeURIComponent(scene.id)}`;
  setStatus('running', `${scene.name}${tr(': ', '：')}${runStatusText('running')}`);
  let run;
  try {
    run = await api(`${scenePath}/run`, { method: 'POST' });
    if (run?.id) store.ownRuns.add(run.id);
  } catch (error) {
    setStatus('failed', `${scene.name}${tr(': ', '：')}${error.message}`);
    showApiError(scene.name, error);
    return;
  }
  for (let attempt = 0; run && !Finished.has(run.status) && attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      run = await api(`${scenePath}/runs/${encodeURIComponent(run.id)}`);
    } catch (error) {
      setStatus('failed', `${scene.name}${tr(': ', '：')}${error.message}`);
      return;
    }
  }
  const status = run?.status ?? 'failed';
  const steps = run?.steps ?? [];
  const failed = steps.filter((s) => s.status !== 'applied' && s.status !== 'skipped').length;
  setStatus(status, Finished.has(status)
    ? `${scene.name}${tr(': ', '：')}${runStatusText(status)}${failed ? tr(` (${failed} of ${steps.length} steps not applied)`, `（${steps.length} 步中有 ${failed} 步未执行）`) : ''}`
    : `${scene.name}${tr(': still running', '：仍在执行')}`);
}
