// What a tap sends: set a property, call an action, run a scene. Failures are shown, never swallowed.
import { api, devicePath, homePath } from './api.js';
import { store } from './store.js';
import { showApiError, showNotice } from './messages.js';

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
    showNotice(`${device.name ?? device.id}: ${key} sent.`);
  } catch (error) {
    showApiError(device.name ?? device.id, error);
  }
}

const Finished = new Set(['succeeded', 'partial', 'failed']);

// Runs a scene and reports its outcome once the run ends (polling the run; the live
// scene-run-finished event may say it first — whichever comes, the message is shown once).
export async function runScene(scene, setStatus) {
  const scenePath = `${homePath(store.home.id)}/scenes/${encodeURIComponent(scene.id)}`;
  setStatus('running', `${scene.name}: running…`);
  let run;
  try {
    run = await api(`${scenePath}/run`, { method: 'POST' });
    if (run?.id) store.ownRuns.add(run.id);
  } catch (error) {
    setStatus('failed', `${scene.name}: ${error.message}`);
    showApiError(scene.name, error);
    return;
  }
  for (let attempt = 0; run && !Finished.has(run.status) && attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      run = await api(`${scenePath}/runs/${encodeURIComponent(run.id)}`);
    } catch (error) {
      setStatus('failed', `${scene.name}: ${error.message}`);
      return;
    }
  }
  const status = run?.status ?? 'failed';
  const steps = run?.steps ?? [];
  const failed = steps.filter((s) => s.status !== 'applied' && s.status !== 'skipped').length;
  setStatus(status, Finished.has(status)
    ? `${scene.name}: ${status}${failed ? ` (${failed} of ${steps.length} steps not applied)` : ''}`
    : `${scene.name}: still running`);
}
