namespace AiotHub.Core.Events;

/// <summary>
/// Every event type the hub raises: the one list the feed's raisers, the streams' ?types= filter, the
/// OpenAPI document (the HomeEventType enum) and the web app (wwwroot/js/event-types.js, checked
/// against this list by a test) share. A new type is added here first.
/// </summary>
public static class HomeEventTypes
{
    public const string PropertyChanged = "property-changed";
    public const string DesiredChanged = "desired-changed";
    public const string AvailabilityChanged = "availability-changed";
    public const string CommandUpdated = "command-updated";
    public const string DeviceAdded = "device-added";
    public const string DeviceUpdated = "device-updated";
    public const string DeviceRemoved = "device-removed";
    public const string DevicePending = "device-pending";
    public const string DeviceApproved = "device-approved";
    public const string DeviceRejected = "device-rejected";
    public const string RoomRemoved = "room-removed";
    public const string DeviceEvent = "device-event";
    public const string SceneRunStarted = "scene-run-started";
    public const string SceneRunFinished = "scene-run-finished";
    public const string AutomationRunStarted = "automation-run-started";
    public const string AutomationRunFinished = "automation-run-finished";
    public const string AutomationNotification = "automation-notification";
    public const string HomeModeChanged = "home-mode-changed";
    public const string AutomationChanged = "automation-changed";

    /// <summary>All of the above, in this order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PropertyChanged, DesiredChanged, AvailabilityChanged, CommandUpdated, DeviceAdded, DeviceUpdated, DeviceRemoved,
        DevicePending, DeviceApproved, DeviceRejected, RoomRemoved, DeviceEvent, SceneRunStarted, SceneRunFinished,
        AutomationRunStarted, AutomationRunFinished, AutomationNotification, HomeModeChanged, AutomationChanged,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string type) => Known.Contains(type);
}
