// The hub's event types: one per event record in AiotHub.Core/AiotHub.Automation (HomeEventData with its
// [HomeEventType] name; the gateway's HomeEventCatalog lists them, by name) and the OpenAPI document's
// HomeEventType enum — a test (WebAppEventTypesTests) fails when they differ and prints the lines to put here.
// A checked copy rather than a fetched list: the app has no build step, and the stream's listeners must be
// known before the first event arrives.
export const EventType = Object.freeze({
  AutomationChanged: 'automation-changed',
  AutomationNotification: 'automation-notification',
  AutomationRunFinished: 'automation-run-finished',
  AutomationRunStarted: 'automation-run-started',
  AvailabilityChanged: 'availability-changed',
  CommandUpdated: 'command-updated',
  DesiredChanged: 'desired-changed',
  DeviceAdded: 'device-added',
  DeviceApproved: 'device-approved',
  DeviceEvent: 'device-event',
  DevicePending: 'device-pending',
  DeviceRejected: 'device-rejected',
  DeviceRemoved: 'device-removed',
  DeviceUpdated: 'device-updated',
  HomeModeChanged: 'home-mode-changed',
  PropertyChanged: 'property-changed',
  RoomRemoved: 'room-removed',
  SceneRunFinished: 'scene-run-finished',
  SceneRunStarted: 'scene-run-started',
});

export const AllEventTypes = Object.freeze(Object.values(EventType));

// The stream's own notices (not events of the home): events were lost, or this stream fell behind.
export const StreamNotice = Object.freeze({ Reset: 'reset', Overflow: 'overflow' });
