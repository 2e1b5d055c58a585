// What the app knows about the signed-in home: the home and the token's role in it, rooms,
// devices with their twins, the profiles of their models, and scenes. Live events patch it.
import { api, listAll, homePath, devicePath, itemsOf, ApiError } from './api.js';
import { EventType } from './event-types.js';

export const store = {
  home: null,
  role: null,
  rooms: [],
  devices: new Map(),
  profiles: new Map(),
  scenes: null, // null: the hub has no scenes API
  mode: null, // {mode, since, source}; null: the hub has no modes
  failedCommands: new Map(), // commandId → final status, for desired values that will not be applied
  desiredCommand: new Map(), // `${deviceId} ${key}` → the commandId that asked for the desired value
  ownRuns: new Set(), // scene runs started from this app, whose outcome shows under the buttons already
};

// owner and member change devices; guest and integrator only look (docs/api.md "Roles").
export const canControl = () => store.role === null || store.role === 'owner' || store.role === 'member';
export const isOwner = () => store.role === null || store.role === 'owner';
// Every home role runs scenes except an integrator (the contract's scenes API: run is 403 for it).
export const canRunScenes = () => store.role !== 'integrator';

export async function loadHome(homeId) {
  const home = await api(homePath(homeId));
  const devices = await listAll(`${homePath(homeId)}/devices`);
  store.home = home;
  store.role = home.role ?? null;
  store.rooms = [...(home.rooms ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  store.devices = new Map(devices.map((d) => [d.id, d]));
  await Promise.all(devices.map(loadProfile));
  await loadScenes();
  await loadMode();
}

export async function loadMode() {
  try {
    store.mode = await api(`${homePath(store.home.id)}/mode`);
  } catch (error) {
    // 404: a hub without home modes. Anything else is worth showing.
    if (error instanceof ApiError && error.status === 404) store.mode = null;
    else throw error;
  }
}

export async function reloadDevice(deviceId) {
  const device = await api(devicePath(store.home.id, deviceId));
  store.devices.set(device.id, device);
  await loadProfile(device);
  return device;
}

export async function reloadRooms() {
  const home = await api(homePath(store.home.id));
  store.rooms = [...(home.rooms ?? [])].sort((a, b) => a.name.localeCompare(b.name));
}

export async function loadScenes() {
  try {
    store.scenes = await listAll(`${homePath(store.home.id)}/scenes`);
  } catch (error) {
    // 404 on the list itself: this hub has no scenes yet. Anything else is worth showing.
    if (error instanceof ApiError && error.status === 404) store.scenes = null;
    else throw error;
  }
}

export function profileOf(device) {
  return store.profiles.get(profileKey(device)) ?? null;
}

// The version the hub uses for the device (its pinned one, or the one its home accepted); none while pending.
const usedVersion = (device) => device.activeProfileVersion ?? device.profileVersion;
const profileKey = (device) => `${device.model}@${usedVersion(device) ?? 'latest'}`;

async function loadProfile(device) {
  if (!device.model || store.profiles.has(profileKey(device))) return;
  const model = encodeURIComponent(device.model);
  const path = usedVersion(device) ? `/api/v1/profiles/${model}/versions/${usedVersion(device)}` : `/api/v1/profiles/${model}`;
  store.profiles.set(profileKey(device), null);
  try {
    store.profiles.set(profileKey(device), await api(path));
  } catch (error) {
    // A device whose model the hub does not know (pending) simply gets no controls.
    if (!(error instanceof ApiError && error.status === 404)) {
      store.profiles.delete(profileKey(device));
      throw error;
    }
  }
}

// Applies one live event (docs/api.md "Live events"); returns the id of the device it changed.
export function applyEvent(event) {
  const device = store.devices.get(event.deviceId);
  const data = event.data ?? {};
  if (!device) return null;
  device.properties ??= {};
  switch (event.type) {
    case EventType.PropertyChanged: {
      const property = (device.properties[data.key] ??= { key: data.key });
      property.reported = { value: data.new, timestamp: event.time };
      return device.id;
    }
    case EventType.DesiredChanged: {
      const property = (device.properties[data.key] ??= { key: data.key });
      property.desired = { value: data.new, timestamp: event.time };
      if (data.commandId) store.desiredCommand.set(`${device.id} ${data.key}`, data.commandId);
      return device.id;
    }
    case EventType.CommandUpdated:
      if (data.status && data.status !== 'pending' && data.status !== 'applied') store.failedCommands.set(data.id, data.status);
      return device.id;
    case EventType.AvailabilityChanged:
      device.availability = { ...(device.availability ?? {}), state: data.state, reason: data.reason, since: event.time };
      return device.id;
    default:
      return null;
  }
}

// "pending" while a desired value differs from the reported one and its command has not failed.
export function pendingState(device, key) {
  const property = device.properties?.[key];
  if (!property?.desired) return null;
  if (property.reported && sameValue(property.reported.value, property.desired.value)) return null;
  const commandId = store.desiredCommand.get(`${device.id} ${key}`);
  const failed = commandId ? store.failedCommands.get(commandId) : undefined;
  return { value: property.desired.value, failed };
}

export const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);

export { itemsOf };
