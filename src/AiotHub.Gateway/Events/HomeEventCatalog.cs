using System.Collections.Frozen;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Events;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Every event type the hub raises: the <see cref="HomeEventData"/> records of the assemblies that raise
/// events — Core (devices, rooms, commands) and Automation (scenes, automations, modes) — ordered by name.
/// The one list the streams' ?types= filter, the OpenAPI document's HomeEventType enum and the web app
/// (wwwroot/js/event-types.js, checked against it by a test) share: a new record is a new type.
/// </summary>
internal static class HomeEventCatalog
{
    public static IReadOnlyList<Type> Records { get; } = HomeEventTypes.In(typeof(HomeEventData).Assembly, typeof(SceneRunEvent).Assembly);

    /// <summary>The records' wire names ("automation-changed" … "scene-run-started").</summary>
    public static IReadOnlyList<string> All { get; } = [.. Records.Select(HomeEventTypes.Of)];

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string type) => Known.Contains(type);
}
