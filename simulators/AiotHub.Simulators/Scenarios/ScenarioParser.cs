using System.Text.Json;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Scenarios;

/// <summary>
/// Reads the scenario format of simulators/README.md. Structure only (ids, references, durations,
/// one action per step); values are checked against the profiles when a fleet is built from it.
/// </summary>
public static class ScenarioParser
{
    public static readonly IReadOnlyList<string> FaultKinds = ["offline", "drop-acks", "delay-acks", "out-of-range", "malformed", "clear"];

    private static readonly string[] StepKinds = ["set", "event", "say", "fault"];

    public static ScenarioParseResult ParseFile(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(null, [$"$: cannot read {path}: {ex.Message}"]);
        }
    }

    public static ScenarioParseResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            return new(null, [$"$: not valid JSON: {ex.Message}"]);
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new(null, ["$: expected an object"]);
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "scenario";
            var rooms = ParseRooms(root, errors);
            var ids = rooms.SelectMany(r => r.Devices).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var timeline = ParseTimeline(root, ids, errors);
            TimeSpan? loop = null;
            if (root.TryGetProperty("loop", out var l))
            {
                if (ScenarioDuration.TryParse(l, out var parsed) && parsed > TimeSpan.Zero)
                    loop = parsed;
                else
                    errors.Add("$.loop: expected a positive duration (seconds, or \"90s\", \"5m\", \"hh:mm:ss\")");
            }

            if (loop is { } period && timeline.Any(s => s.At >= period))
                errors.Add("$.loop: every step must happen before the loop restarts");
            var ota = root.TryGetProperty("ota", out var o) ? ParseOta(o, "$.ota", errors) : null;
            return errors.Count > 0 ? new(null, errors) : new(new SimulationScenario(name, rooms, timeline, loop) { Ota = ota }, []);
        }
    }

    private static List<ScenarioRoom> ParseRooms(JsonElement root, List<string> errors)
    {
        var rooms = new List<ScenarioRoom>();
        if (!root.TryGetProperty("rooms", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            errors.Add("$.rooms: expected a non-empty array of rooms");
            return rooms;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var r = 0;
        foreach (var room in array.EnumerateArray())
        {
            var path = $"$.rooms[{r++}]";
            var roomName = String(room, "name", path, errors, required: true) ?? "?";
            var devices = new List<ScenarioDevice>();
            if (room.ValueKind != JsonValueKind.Object || !room.TryGetProperty("devices", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path}.devices: expected an array of devices");
                continue;
            }

            var d = 0;
            foreach (var device in list.EnumerateArray())
            {
                var devicePath = $"{path}.devices[{d++}]";
                var id = String(device, "id", devicePath, errors, required: true);
                var model = String(device, "model", devicePath, errors, required: true);
                var display = String(device, "name", devicePath, errors, required: false);
                if (id is not null && !SimulatedDevice.IsValidId(id))
                    errors.Add($"{devicePath}.id: '{id}' is not a device id (1-64 characters from A-Z a-z 0-9 - _)");
                else if (id is not null && !ids.Add(id))
                    errors.Add($"{devicePath}.id: duplicate device id '{id}'");
                var firmware = String(device, "firmware", devicePath, errors, required: false);
                if (firmware is not null && !AiotHub.Core.Firmware.FirmwareVersion.TryParse(firmware, out _))
                    errors.Add($"{devicePath}.firmware: '{firmware}' is not a version such as 1.4.2");
                var ota = device.ValueKind == JsonValueKind.Object && device.TryGetProperty("ota", out var o) ? ParseOta(o, devicePath + ".ota", errors) : null;
                if (id is not null && model is not null)
                    devices.Add(new ScenarioDevice(id, model, display, roomName) { Firmware = firmware, Ota = ota });
            }

            rooms.Add(new ScenarioRoom(roomName, devices));
        }

        return rooms;
    }

    private static List<ScenarioStep> ParseTimeline(JsonElement root, HashSet<string> ids, List<string> errors)
    {
        var steps = new List<ScenarioStep>();
        if (!root.TryGetProperty("timeline", out var array))
            return steps;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$.timeline: expected an array of steps");
            return steps;
        }

        var i = 0;
        foreach (var step in array.EnumerateArray())
        {
            var path = $"$.timeline[{i++}]";
            if (step.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: expected an object");
                continue;
            }

            var at = TimeSpan.Zero;
            if (!step.TryGetProperty("at", out var atElement) || !ScenarioDuration.TryParse(atElement, out at))
                errors.Add($"{path}.at: expected a duration from the start (seconds, or \"90s\", \"5m\", \"hh:mm:ss\")");
            var device = String(step, "device", path, errors, required: true);
            if (device is not null && !ids.Contains(device))
                errors.Add($"{path}.device: no device '{device}' in the rooms");
            var kinds = StepKinds.Where(k => step.TryGetProperty(k, out _)).ToList();
            if (kinds.Count != 1)
            {
                errors.Add($"{path}: expected exactly one of set, event, say, fault");
                continue;
            }

            var parsed = kinds[0] switch
            {
                "set" => ParseSet(step, at, device ?? "", path, errors),
                "event" => ParseEvent(step, at, device ?? "", path, errors),
                "say" => ParseSay(step, at, device ?? "", path, errors),
                _ => ParseFault(step, at, device ?? "", path, errors),
            };
            if (parsed is not null)
                steps.Add(parsed);
        }

        return [.. steps.OrderBy(s => s.At)];
    }

    private static ScenarioStep? ParseSet(JsonElement step, TimeSpan at, string device, string path, List<string> errors)
    {
        var values = step.GetProperty("set");
        if (values.ValueKind != JsonValueKind.Object || !values.EnumerateObject().Any())
        {
            errors.Add($"{path}.set: expected an object of property values, e.g. {{ \"light.on\": true }}");
            return null;
        }

        return new ScenarioStep(at, device, ScenarioStepKind.Set, path) { Values = values.Clone() };
    }

    private static ScenarioStep? ParseEvent(JsonElement step, TimeSpan at, string device, string path, List<string> errors)
    {
        var name = String(step, "event", path, errors, required: true);
        var args = step.TryGetProperty("args", out var a) ? a.Clone() : default;
        if (args.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
            errors.Add($"{path}.args: expected an object of arguments");
        return name is null ? null : new ScenarioStep(at, device, ScenarioStepKind.Event, path) { Event = name, Args = args };
    }

    private static ScenarioStep ParseSay(JsonElement step, TimeSpan at, string device, string path, List<string> errors)
    {
        int? confidence = null;
        if (step.TryGetProperty("confidence", out var c))
        {
            if (c.TryGetInt32(out var value) && value is >= 0 and <= 100)
                confidence = value;
            else
                errors.Add($"{path}.confidence: expected a whole percentage from 0 to 100");
        }

        return new ScenarioStep(at, device, ScenarioStepKind.Say, path)
        {
            Text = String(step, "say", path, errors, required: true),
            Language = String(step, "language", path, errors, required: false),
            Confidence = confidence,
        };
    }

    private static ScenarioStep? ParseFault(JsonElement step, TimeSpan at, string device, string path, List<string> errors)
    {
        var kind = String(step, "fault", path, errors, required: true);
        if (kind is null)
            return null;
        if (!FaultKinds.Contains(kind))
        {
            errors.Add($"{path}.fault: unknown fault '{kind}'; expected one of {string.Join(", ", FaultKinds)}");
            return null;
        }

        TimeSpan? duration = null;
        if (step.TryGetProperty("duration", out var d))
        {
            if (ScenarioDuration.TryParse(d, out var parsed))
                duration = parsed;
            else
                errors.Add($"{path}.duration: expected a duration");
        }
        else if (kind == "offline")
        {
            errors.Add($"{path}.duration: an offline fault needs a duration");
        }

        var probability = 1.0;
        if (step.TryGetProperty("probability", out var p) && (!p.TryGetDouble(out probability) || probability is < 0 or > 1))
            errors.Add($"{path}.probability: expected a number from 0 to 1");
        var delay = TimeSpan.Zero;
        if (step.TryGetProperty("delay", out var dl) && !ScenarioDuration.TryParse(dl, out delay))
            errors.Add($"{path}.delay: expected a duration");
        if (kind == "delay-acks" && delay <= TimeSpan.Zero)
            errors.Add($"{path}.delay: a delay-acks fault needs a positive delay");
        return new ScenarioStep(at, device, ScenarioStepKind.Fault, path) { Fault = kind, Duration = duration, Probability = probability, Delay = delay };
    }

    /// <summary><c>{"stall","badHash","applyFailure","brick": 0–1, "downloadRate": bytes/s, "rebootTime": duration, "rollback": bool}</c>.</summary>
    private static ScenarioOta? ParseOta(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected an object");
            return null;
        }

        string[] known = ["stall", "badHash", "applyFailure", "brick", "downloadRate", "rebootTime", "rollback"];
        foreach (var unknown in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
            errors.Add($"{path}.{unknown.Name}: unknown; expected one of {string.Join(", ", known)}");
        double? Probability(string name)
        {
            if (!element.TryGetProperty(name, out var p))
                return null;
            if (p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var value) && value is >= 0 and <= 1)
                return value;
            errors.Add($"{path}.{name}: expected a probability from 0 to 1");
            return null;
        }

        double? rate = null;
        if (element.TryGetProperty("downloadRate", out var r))
        {
            if (r.ValueKind == JsonValueKind.Number && r.TryGetDouble(out var value) && value is >= 0 and <= 1e10)
                rate = value;
            else
                errors.Add($"{path}.downloadRate: expected bytes per second (0: unlimited)");
        }

        TimeSpan? reboot = null;
        if (element.TryGetProperty("rebootTime", out var t))
        {
            if (ScenarioDuration.TryParse(t, out var value) && value >= TimeSpan.Zero && value <= TimeSpan.FromHours(1))
                reboot = value;
            else
                errors.Add($"{path}.rebootTime: expected a duration of at most 1h");
        }

        bool? rollback = null;
        if (element.TryGetProperty("rollback", out var b))
        {
            if (b.ValueKind is JsonValueKind.True or JsonValueKind.False)
                rollback = b.GetBoolean();
            else
                errors.Add($"{path}.rollback: expected true or false");
        }

        return new ScenarioOta(Probability("stall"), Probability("badHash"), Probability("applyFailure"), Probability("brick"), rate, reboot, rollback);
    }

    private static string? String(JsonElement element, string name, string path, List<string> errors, bool required)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                return text;
            errors.Add($"{path}.{name}: expected a non-empty string");
            return null;
        }

        if (required)
            errors.Add($"{path}.{name}: required");
        return null;
    }
}
