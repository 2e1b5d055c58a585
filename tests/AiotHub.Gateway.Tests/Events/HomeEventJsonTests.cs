using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Events;

namespace AiotHub.Gateway.Tests.Events;

/// <summary>
/// The wire JSON of every event type, pinned: the web app, docs/api.md's examples, the browser tests and
/// external clients read exactly these bytes from the SSE "data:" line and the WebSocket message.
/// </summary>
public sealed class HomeEventJsonTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly DateTimeOffset Time = new(2026, 12, 7, 3, 30, 0, 250, TimeSpan.Zero);

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static IEnumerable<(string? DeviceId, HomeEventData Data)> Samples()
    {
        yield return ("lamp-1", new PropertyChanged("light.on", Element("false"), Element("true")));
        yield return ("lamp-1", new DesiredChanged("light.brightness", null, Element("80"), "cmd-1"));
        yield return ("lamp-1", new AvailabilityChanged(AvailabilityState.Offline, "last-will", AvailabilityState.Online));
        yield return ("lamp-1", new CommandUpdated("cmd-1", CommandKind.Set, CommandStatus.TimedOut, 504, "no reply", 5000.5));
        yield return ("lamp-1", new DeviceAdded("lamp-1", "Lamp", "acme.lamp", null, DeviceStatus.New, "new device"));
        yield return ("lamp-1", new DeviceUpdated("lamp-1", "Desk lamp", "acme.lamp", "office", DeviceStatus.Active, null));
        yield return ("lamp-1", new DeviceRemoval("lamp-1", "Lamp", "acme.lamp", "office", DeviceHistory.Purge, 2, 41));
        yield return ("lamp-1", new DevicePending("lamp-1", "Lamp", "acme.lamp", new PendingChange("acme.lamp2", 3, "2.0.1", "model changed", Time)));
        yield return ("lamp-1", new DeviceApproved("lamp-1", "Lamp", "acme.lamp2", 3, "model changed"));
        yield return ("lamp-1", new DeviceRejected("lamp-1", "Lamp", "unknown.model", null, "unknown model", true));
        yield return (null, new RoomRemoval("office", "Office", 12, ["lamp-1", "plug-2"]));
        yield return ("button-1", new DeviceEvent("button.pressed", Element("""{"count":2,"kind":"long"}""")));
        yield return (null, new SceneRunStarted("run-1", "evening", "Evening", SceneRunStatus.Running, 0, 0));
        yield return (null, new SceneRunFinished("run-1", "evening", "Evening", SceneRunStatus.Partial, 3, 1));
        yield return (null, new AutomationRunStarted("arun-1", "auto-1", "Night light", AutomationRunResult.Running, null, Time, null));
        yield return (null, new AutomationRunFinished("arun-1", "auto-1", "Night light", AutomationRunResult.Failed, "device offline", Time, Time.AddSeconds(2)));
        yield return (null, new AutomationNotification("auto-1", "arun-1", "Door", "The door is open", "warning"));
        yield return (null, new HomeModeChanged("away", "home", "automation:auto-1"));
        yield return (null, new AutomationChanged("auto-1", AutomationChanged.Disabled));
    }

    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["property-changed"] = """{"id":101,"homeId":"home-1","type":"property-changed","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"key":"light.on","old":false,"new":true}}""",
        ["desired-changed"] = """{"id":102,"homeId":"home-1","type":"desired-changed","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"key":"light.brightness","new":80,"commandId":"cmd-1"}}""",
        ["availability-changed"] = """{"id":103,"homeId":"home-1","type":"availability-changed","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"state":"offline","reason":"last-will","previous":"online"}}""",
        ["command-updated"] = """{"id":104,"homeId":"home-1","type":"command-updated","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"cmd-1","kind":"set","status":"timed-out","code":504,"message":"no reply","latencyMs":5000.5}}""",
        ["device-added"] = """{"id":105,"homeId":"home-1","type":"device-added","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Lamp","model":"acme.lamp","status":"new","pendingReason":"new device"}}""",
        ["device-updated"] = """{"id":106,"homeId":"home-1","type":"device-updated","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Desk lamp","model":"acme.lamp","roomId":"office","status":"active"}}""",
        ["device-removed"] = """{"id":107,"homeId":"home-1","type":"device-removed","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Lamp","model":"acme.lamp","roomId":"office","history":"purge","commandsEnded":2,"version":41}}""",
        ["device-pending"] = """{"id":108,"homeId":"home-1","type":"device-pending","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Lamp","model":"acme.lamp","change":{"model":"acme.lamp2","profileVersion":3,"firmware":"2.0.1","reason":"model changed","since":"2026-12-07T03:30:00.25+00:00"}}}""",
        ["device-approved"] = """{"id":109,"homeId":"home-1","type":"device-approved","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Lamp","model":"acme.lamp2","profileVersion":3,"reason":"model changed","removed":false}}""",
        ["device-rejected"] = """{"id":110,"homeId":"home-1","type":"device-rejected","time":"2026-12-07T03:30:00.25+00:00","deviceId":"lamp-1","data":{"id":"lamp-1","name":"Lamp","model":"unknown.model","reason":"unknown model","removed":true}}""",
        ["room-removed"] = """{"id":111,"homeId":"home-1","type":"room-removed","time":"2026-12-07T03:30:00.25+00:00","data":{"id":"office","name":"Office","version":12,"unassignedDevices":["lamp-1","plug-2"]}}""",
        ["device-event"] = """{"id":112,"homeId":"home-1","type":"device-event","time":"2026-12-07T03:30:00.25+00:00","deviceId":"button-1","data":{"key":"button.pressed","arguments":{"count":2,"kind":"long"}}}""",
        ["scene-run-started"] = """{"id":113,"homeId":"home-1","type":"scene-run-started","time":"2026-12-07T03:30:00.25+00:00","data":{"runId":"run-1","sceneId":"evening","name":"Evening","status":"running","succeeded":0,"failed":0}}""",
        ["scene-run-finished"] = """{"id":114,"homeId":"home-1","type":"scene-run-finished","time":"2026-12-07T03:30:00.25+00:00","data":{"runId":"run-1","sceneId":"evening","name":"Evening","status":"partial","succeeded":3,"failed":1}}""",
        ["automation-run-started"] = """{"id":115,"homeId":"home-1","type":"automation-run-started","time":"2026-12-07T03:30:00.25+00:00","data":{"runId":"arun-1","automationId":"auto-1","name":"Night light","result":"running","started":"2026-12-07T03:30:00.25+00:00"}}""",
        ["automation-run-finished"] = """{"id":116,"homeId":"home-1","type":"automation-run-finished","time":"2026-12-07T03:30:00.25+00:00","data":{"runId":"arun-1","automationId":"auto-1","name":"Night light","result":"failed","reason":"device offline","started":"2026-12-07T03:30:00.25+00:00","finished":"2026-12-07T03:30:02.25+00:00"}}""",
        ["automation-notification"] = """{"id":117,"homeId":"home-1","type":"automation-notification","time":"2026-12-07T03:30:00.25+00:00","data":{"automationId":"auto-1","runId":"arun-1","title":"Door","message":"The door is open","level":"warning"}}""",
        ["home-mode-changed"] = """{"id":118,"homeId":"home-1","type":"home-mode-changed","time":"2026-12-07T03:30:00.25+00:00","data":{"mode":"away","previous":"home","source":"automation:auto-1"}}""",
        ["automation-changed"] = """{"id":119,"homeId":"home-1","type":"automation-changed","time":"2026-12-07T03:30:00.25+00:00","data":{"automationId":"auto-1","change":"disabled"}}""",
    };

    [Fact]
    public void EveryEventTypeIsSerialisedExactlyAsClientsReadIt()
    {
        var frames = new HomeEventFrames(Json);
        var id = 100;
        var actual = new List<(string Type, string Json)>();
        foreach (var (deviceId, data) in Samples())
        {
            var frame = frames.Get(new HomeEvent(++id, "home-1", Time, deviceId, data));
            actual.Add((data.Type, Encoding.UTF8.GetString(frame.Json.Span)));
        }

        // A sample per event type: a new record needs its JSON pinned here too.
        Assert.Equal(HomeEventCatalog.All, actual.Select(a => a.Type).Order(StringComparer.Ordinal));
        Assert.All(actual, a => Assert.Equal(Expected.GetValueOrDefault(a.Type), a.Json));
    }
}
