using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Fleet;

/// <summary>
/// The JSON file the hub's provisioning API answers (docs/api.md "Provisioning"), read by <c>aiothub-sim --credentials
/// FILE</c>: <c>{"homeId", "topicRoot", "broker", "devices": [{"id", "model", "name", "room", "userName", "password"}]}</c>.
/// It is both a fleet (ids, models, names, rooms) and each device's credentials.
/// </summary>
public sealed record CredentialsFile(string? Broker, string? TopicRoot, SimulationScenario Scenario, IReadOnlyDictionary<string, SimulatorCredential> Credentials)
{
    public const int MaxDevices = 100_000;
    private const string Unplaced = "(no room)";

    /// <summary>The file's content, or every problem found ("JSON path: message").</summary>
    public static (CredentialsFile? File, IReadOnlyList<string> Errors) Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, [$"$: cannot read {path}: {e.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("devices", out var list) || list.ValueKind != JsonValueKind.Array)
                return (null, ["$.devices: expected an array of devices (the provisioning API's answer)"]);
            if (list.GetArrayLength() > MaxDevices)
                return (null, [$"$.devices: more than {MaxDevices} devices"]);
            var errors = new List<string>();
            var credentials = new Dictionary<string, SimulatorCredential>(StringComparer.Ordinal);
            var devices = new List<ScenarioDevice>();
            var i = 0;
            foreach (var device in list.EnumerateArray())
            {
                var at = $"$.devices[{i++}]";
                var id = Text(device, "id");
                var model = Text(device, "model");
                var password = Text(device, "password");
                if (id is null || !DeviceIds.IsValid(id) || model is null || password is null)
                {
                    errors.Add($"{at}: needs a valid id, a model and a password");
                    continue;
                }

                if (!credentials.TryAdd(id, new SimulatorCredential(Text(device, "userName") ?? id, password)))
                {
                    errors.Add($"{at}.id: {id} appears twice");
                    continue;
                }

                devices.Add(new ScenarioDevice(id, model, Text(device, "name"), Text(device, "room") ?? Unplaced));
            }

            if (errors.Count > 0)
                return (null, errors);
            var rooms = devices.GroupBy(d => d.Room, StringComparer.Ordinal).Select(g => new ScenarioRoom(g.Key, [.. g])).ToList();
            var scenario = new SimulationScenario(Text(root, "homeId") ?? "provisioned devices", rooms, []);
            return (new CredentialsFile(Text(root, "broker"), Text(root, "topicRoot"), scenario, credentials), []);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
