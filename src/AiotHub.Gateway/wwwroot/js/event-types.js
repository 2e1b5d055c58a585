// The hub's event types: the same names and values as HomeEventTypes in AiotHub.Core (src/AiotHub.Core/Events/
// HomeEventTypes.cs) and the OpenAPI document's HomeEventType enum — a test (WebAppEventTypesTests) fails
// when they differ, so add a new type there and here together. A checked copy rather than a fetched list:
// the app has no build step, and the stream's listeners must be known before the first event arrives.
export const EventType = Object.freeze({
  PropertyChanged: 'property-changed',
  DesiredChanged: 'desired-changed',
  AvailabilityChanged: 'availability-changed',
  CommandUpdated: 'command-updated',
  DeviceAdded: 'device-added',
  DeviceUpdated: 'device-updated',
  DeviceRemoved: 'device-removed',
  DevicePending: 'device-pending',
  DeviceApproved: 'device-approved',
  DeviceRejected: 'device-rejected',
  RoomRemoved: 'room-removed',
  DeviceEvent: 'device-event',
  SceneRunStarted: 'scene-run-started',
  SceneRunFinished: 'scene-run-finished',
  AutomationRunStarted: 'automation-run-started',
  AutomationRunFinished: 'automation-run-finished',
  AutomationNotification: 'automation-notification',
  HomeModeChanged: 'home-mode-changed',
  AutomationChanged: 'automation-changed',
});

export const AllEventTypes = Object.freeze(Object.values(EventType));

// The stream's own notices (not events of the home): events were lost, or this stream fell behind.
export const StreamNotice = Object.freeze({ Reset: 'reset', Overflow: 'overflow' });
