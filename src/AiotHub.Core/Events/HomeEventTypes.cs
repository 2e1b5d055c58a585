namespace AiotHub.Core.Events;

/// <summary>The event types the hub raises today; the set is open (automation runs come later).</summary>
public static class HomeEventTypes
{
    public const string PropertyChanged = "property-changed";
    public const string DesiredChanged = "desired-changed";
    public const string AvailabilityChanged = "availability-changed";
    public const string CommandUpdated = "command-updated";
    public const string DeviceAdded = "device-added";
    public const string DeviceUpdated = "device-updated";
    public const string DeviceRemoved = "device-removed";
    public const string DeviceEvent = "device-event";
    public const string SceneRunStarted = "scene-run-started";
    public const string SceneRunFinished = "scene-run-finished";
    public const string AutomationRunStarted = "automation-run-started";
    public const string AutomationRunFinished = "automation-run-finished";
    public const string AutomationNotification = "automation-notification";
    public const string HomeModeChanged = "home-mode-changed";
    public const string AutomationChanged = "automation-changed";
}
