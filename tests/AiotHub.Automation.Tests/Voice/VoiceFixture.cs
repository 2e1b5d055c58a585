using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Voice;

/// <summary>The fixture home of voice-utterances.json, built on the real registry over the shipped profiles.</summary>
internal sealed class VoiceFixture
{
    public const string Home = DeviceRegistry.DefaultHomeId;

    private VoiceFixture(JsonElement root, ManualClock clock)
    {
        Root = root;
        Registry = TestRegistry.Create(clock);
        Catalog = new SceneCatalog(Registry, null, clock);
        var rooms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var room in root.GetProperty("home").GetProperty("rooms").EnumerateArray())
        {
            var created = Registry.CreateRoom(Home, room.GetProperty("name").GetString()!)!;
            rooms[room.GetProperty("id").GetString()!] = created.Id;
            Options.RoomAliases[created.Id] = Strings(room.GetProperty("aliases"));
        }

        foreach (var device in root.GetProperty("home").GetProperty("devices").EnumerateArray())
        {
            var id = device.GetProperty("id").GetString()!;
            Registry.Online(id, device.GetProperty("model").GetString()!);
            Registry.UpdateDevice(id, device.GetProperty("name").GetString(), rooms[device.GetProperty("room").GetString()!], Strings(device.GetProperty("aliases")));
        }

        foreach (var scene in root.GetProperty("home").GetProperty("scenes").EnumerateArray())
        {
            var id = scene.GetProperty("id").GetString()!;
            var step = new SceneStep("living-ceiling", TestRegistry.Json("""{"light.on":false}"""));
            var written = Catalog.Create(Home, new SceneDefinition(id, scene.GetProperty("name").GetString()!, null, [step]));
            Assert.Equal(SceneWriteStatus.Done, written.Status);
            Options.SceneAliases[id] = Strings(scene.GetProperty("aliases"));
        }
    }

    public JsonElement Root { get; }

    public DeviceRegistry Registry { get; }

    public SceneCatalog Catalog { get; }

    public VoiceOptions Options { get; } = new();

    public static VoiceFixture Load(ManualClock clock)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Voice", "voice-utterances.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new VoiceFixture(document.RootElement.Clone(), clock);
    }

    public VoiceEngine Engine(SceneRunner? runner = null) => new(Registry, Catalog, runner, Options);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
