using System.Text.Json;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>
/// The demo home of the blind corpus (tests/voice-corpus/demo-home.json, a snapshot of a fresh <c>--demo</c>) on the
/// real registry over the shipped profiles: every device online with its snapshot state, the rooms, the scenes, the home
/// mode and spoken timers, and the engine as the hub builds it. Built fresh for each utterance so one cannot change the
/// next. Scene runs send their commands to a second registry holding the same home, so what the engine itself sent is
/// all that reaches <see cref="Registry"/>'s outbox.
/// </summary>
internal sealed class CorpusHome : IAsyncDisposable
{
    public const string Home = "home";

    private static readonly Lazy<ProfileCatalog> Profiles = new(() => TestRegistry.Catalog());
    private static readonly Lazy<JsonElement> Snapshot = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "VoiceCorpus", "demo-home.json")));
        return document.RootElement.Clone();
    });

    public CorpusHome()
    {
        Registry = Build(Clock);
        Catalog = Scenes(Registry, Clock);
        var sceneRegistry = Build(Clock);
        Runner = new SceneRunner(Scenes(sceneRegistry, Clock), null, Clock, new SceneRunnerOptions { CommandInterval = TimeSpan.Zero });
        Modes = new HomeModes(Registry, null, Clock);
        Timers = new VoiceTimers(null, Clock);
        Engine = new VoiceEngine(Registry, Catalog, Runner, new VoiceOptions(), Modes, Timers);
        Timers.Start(t => Engine.Execute(t.HomeId, t.Action, t.Source, t.StartedBy));
    }

    public static JsonElement Json => Snapshot.Value;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 19, 30, 0, TimeSpan.Zero));

    public DeviceRegistry Registry { get; }

    public SceneCatalog Catalog { get; }

    public SceneRunner Runner { get; }

    public HomeModes Modes { get; }

    public VoiceTimers Timers { get; }

    public VoiceEngine Engine { get; }

    /// <summary>The snapshot's reported value of a device's property (what "up" and "down" are measured from).</summary>
    public static JsonElement? State(string deviceId, string key)
    {
        foreach (var device in Json.GetProperty("devices").EnumerateArray())
            if (device.GetProperty("id").GetString() == deviceId && device.GetProperty("state").TryGetProperty(key, out var value))
                return value;
        return null;
    }

    private static DeviceRegistry Build(ManualClock clock)
    {
        var registry = TestRegistry.Create(clock, Profiles.Value);
        var rooms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Json.GetProperty("rooms").EnumerateArray().Select(r => r.GetString()!))
            rooms[name] = registry.CreateRoom(Home, name)!.Id;
        foreach (var device in Json.GetProperty("devices").EnumerateArray())
        {
            var id = device.GetProperty("id").GetString()!;
            registry.Online(id, device.GetProperty("model").GetString()!);
            var room = device.GetProperty("room").GetString();
            registry.UpdateDevice(id, device.GetProperty("name").GetString(), room is null ? null : rooms[room],
                [.. device.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)]);
            var state = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in device.GetProperty("state").EnumerateObject())
                if (property.Value.ValueKind != JsonValueKind.Null)
                    state[property.Name] = property.Value;
            var errors = registry.OnProperties(id, JsonSerializer.SerializeToElement(state));
            Assert.Empty(errors);
        }

        return registry;
    }

    private static SceneCatalog Scenes(DeviceRegistry registry, ManualClock clock)
    {
        var catalog = new SceneCatalog(registry, null, clock);
        foreach (var scene in Json.GetProperty("scenes").EnumerateArray())
        {
            var steps = scene.GetProperty("steps").EnumerateArray().Select(s => new SceneStep(
                s.GetProperty("deviceId").GetString()!,
                s.TryGetProperty("set", out var set) ? set.Clone() : null,
                s.TryGetProperty("call", out var call) ? call.GetString() : null,
                s.TryGetProperty("in", out var arguments) ? arguments.Clone() : null)).ToList();
            var written = catalog.Create(Home, new SceneDefinition(scene.GetProperty("id").GetString(), scene.GetProperty("name").GetString()!, null, steps));
            Assert.Equal(SceneWriteStatus.Done, written.Status);
        }

        return catalog;
    }

    public async ValueTask DisposeAsync()
    {
        Timers.Dispose();
        await Runner.DisposeAsync();
    }
}
