using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Suggestions;

/// <summary>
/// A home of shipped-profile devices in Shanghai and a hand-written activity log for miner tests, and the hub's own
/// validators to check every suggestion against those devices.
/// </summary>
internal sealed class MiningHome
{
    public const string HomeId = DeviceRegistry.DefaultHomeId;
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly ProfileCatalog Profiles = TestRegistry.Catalog();
    private readonly List<ActivityEntry> _history = [];
    private readonly List<MiningDevice> _devices = [];
    private long _nextId = 1;

    public MiningHome()
    {
        Device("hall-motion", "Hall motion", "aiot.sensor.motion1");
        Device("hall-light", "Hall light", "aiot.light.ceiling1");
        Device("living-light", "Living light", "aiot.light.ceiling1");
        Device("front-door", "Front door", "aiot.sensor.contact1");
        Device("tv", "TV", "aiot.tv.t1");
        Device("curtain", "Living curtain", "aiot.curtain.motor1");
        Device("kettle", "Kettle plug", "aiot.plug.meter1");
        Device("purifier", "Purifier", "aiot.purifier.p1");
    }

    /// <summary>Monday 2026-09-07 00:00 in Shanghai: the first day of the history.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 9, 7, 0, 0, 0, TimeSpan.FromHours(8));

    public List<JsonElement> Automations { get; } = [];

    public List<JsonElement> Scenes { get; } = [];

    public HashSet<string> Dismissed { get; } = [];

    public IReadOnlyList<ActivityEntry> History => _history;

    public void Device(string id, string name, string model) =>
        _devices.Add(new MiningDevice(id, name, "room-" + id, "Room of " + name, Profiles.Find(model)!));

    public long Add(DateTimeOffset time, ActivityKind kind, ActivitySource source, string? deviceId, string? member, string? value, string? actor = null)
    {
        var id = _nextId++;
        _history.Add(new ActivityEntry(id, HomeId, time, kind, source, deviceId, member, value is null ? null : Json(value), actor));
        return id;
    }

    /// <summary>A person sets a property through the app.</summary>
    public long Person(DateTimeOffset time, string deviceId, string member, string value) =>
        Add(time, ActivityKind.Set, ActivitySource.App, deviceId, member, value, "user-1");

    public long Sensor(DateTimeOffset time, string deviceId, string member, string value) =>
        Add(time, ActivityKind.Changed, ActivitySource.Device, deviceId, member, value);

    public long ByAutomation(DateTimeOffset time, string automationId, string deviceId, string member, string value) =>
        Add(time, ActivityKind.Set, ActivitySource.Automation, deviceId, member, value, automationId);

    public MiningInput Input(DateTimeOffset now, bool location = true) =>
        new(HomeId, now, Shanghai, location ? 31.23 : null, location ? 121.47 : null,
            [.. _history.Where(e => e.Time <= now).OrderBy(e => e.Time).ThenBy(e => e.Id)], _devices, Automations, Scenes, Dismissed);

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The problems the hub's own validators find in a suggestion's automation or scene (none when it can be saved as is).</summary>
    public List<ProfileError> Problems(Suggestion suggestion)
    {
        var registry = TestRegistry.Create(new ManualClock());
        foreach (var device in _devices)
            registry.Online(device.Id, device.Profile.Model);
        var scenes = new SceneCatalog(registry, timeProvider: new ManualClock());
        var errors = new List<ProfileError>();
        if (suggestion.Automation is { } automation)
        {
            if (AutomationReader.Read(automation, errors) is { } read)
                AutomationValidator.Resolve(registry, scenes, HomeId, read, hasLocation: true, errors);
        }
        else if (suggestion.Scene is { } scene && SceneDefinitionReader.Read(scene, errors) is { } definition)
        {
            errors.AddRange(SceneValidator.Validate(registry, HomeId, definition.Steps));
        }

        return errors;
    }
}
