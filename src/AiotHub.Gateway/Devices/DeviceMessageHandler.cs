using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Firmware;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// Turns one MQTT message from a device into a registry call (docs/mqtt-protocol.md "Device → hub").
/// Never throws: a malformed message (not a JSON object, over 64 KiB, missing fields, an unknown
/// topic below a device) is counted against its device and logged, and nothing else is touched. A firmware update's
/// status goes, once valid, to the <see cref="OtaChannel"/> (dropped and counted there when it is full); without a
/// channel it is checked and then ignored.
/// </summary>
internal sealed class DeviceMessageHandler(DeviceRegistry registry, string topicRoot, ILogger logger, OtaChannel? ota = null, TimeProvider? time = null)
{
    /// <summary>docs/mqtt-protocol.md "Limits and bad input".</summary>
    public const int MaxPayloadBytes = 64 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32 };
    private long _messages;
    private long _malformed;

    public long Messages => Interlocked.Read(ref _messages);

    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>True when the message was understood (the registry may still refuse values in it).</summary>
    public bool Handle(string topic, ReadOnlyMemory<byte> payload)
    {
        Interlocked.Increment(ref _messages);
        var kind = DeviceTopics.Parse(topic, topicRoot, out var deviceId, out var eventKey);
        if (kind == DeviceTopic.HubToDevice)
            return true;
        if (kind == DeviceTopic.Unknown || !DeviceIds.IsValid(deviceId))
            return Reject(DeviceIds.IsValid(deviceId) ? deviceId : null, topic, "unknown topic");

        // An empty retained message clears announce or availability (e.g. a removed device): nothing to record.
        if (payload.IsEmpty && kind is DeviceTopic.Announce or DeviceTopic.Availability)
            return true;
        if (payload.Length > MaxPayloadBytes)
            return Reject(deviceId, topic, $"payload of {payload.Length} bytes is over the limit of {MaxPayloadBytes}");

        try
        {
            using var document = JsonDocument.Parse(payload, JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Reject(deviceId, topic, "payload is not a JSON object");
            var problem = kind switch
            {
                DeviceTopic.Announce => Announce(deviceId, root),
                DeviceTopic.Availability => Availability(deviceId, root),
                DeviceTopic.Properties => Properties(deviceId, root),
                DeviceTopic.Event => Event(deviceId, eventKey!, root),
                DeviceTopic.OtaStatus => OtaStatus(deviceId, root),
                _ => Reply(deviceId, root),
            };
            return problem is null || Reject(deviceId, topic, problem);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Reject(deviceId, topic, "invalid JSON: " + e.Message);
        }
    }

    private string? Announce(string deviceId, JsonElement root)
    {
        if (!TryGetString(root, "model", out var model) || model.Length is 0 or > 128)
            return "announce needs a model";
        int? version = null;
        if (root.TryGetProperty("profileVersion", out var v))
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var pinned) || pinned < 1)
                return "profileVersion must be a positive integer";
            version = pinned;
        }

        TryGetString(root, "firmware", out var firmware);
        if (TryGetString(root, "name", out var name) && DisplayNames.Problem(name) is { } badName)
            return "name " + badName;
        if (registry.OnAnnounce(deviceId, new DeviceAnnouncement(model, version, Limit(firmware, 64), Limit(name, 128))) is null)
            return $"device id '{deviceId}' differs only in case from a device the hub knows (ids are compared without case)";
        return null;
    }

    private string? Availability(string deviceId, JsonElement root)
    {
        if (!TryGetString(root, "state", out var state) || state is not ("online" or "offline"))
            return "availability state must be \"online\" or \"offline\"";
        TryGetString(root, "reason", out var reason);
        registry.OnAvailability(deviceId, state == "online", Limit(reason, 64));
        return null;
    }

    private string? Properties(string deviceId, JsonElement root)
    {
        if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
            return "properties needs a values object";
        if (!TryGetTimestamp(root, out var ts))
            return "ts must be RFC 3339 text or Unix milliseconds";
        Invalid(deviceId, registry.OnProperties(deviceId, values, ts));
        return null;
    }

    private string? Event(string deviceId, string key, JsonElement root)
    {
        if (!TryGetTimestamp(root, out var ts))
            return "ts must be RFC 3339 text or Unix milliseconds";
        root.TryGetProperty("args", out var args);
        Invalid(deviceId, registry.OnEvent(deviceId, key, args, ts));
        return null;
    }

    private string? OtaStatus(string deviceId, JsonElement root)
    {
        if (OtaStatusParser.TryParse(deviceId, root, (time ?? TimeProvider.System).GetUtcNow(), out var report) is { } problem)
            return problem;
        ota?.TryReport(report!);
        return null;
    }

    private string? Reply(string deviceId, JsonElement root)
    {
        if (!TryGetString(root, "id", out var id) || id.Length == 0)
            return "reply needs an id";
        if (!root.TryGetProperty("code", out var c) || c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out var code))
            return "reply needs an integer code";
        TryGetString(root, "message", out var message);
        JsonElement? output = root.TryGetProperty("out", out var o) ? o : null;
        if (!registry.OnReply(deviceId, id, code, Limit(message, 512), output))
        {
            var shown = Limit(id, 64)!;
            DevicesLog.UnknownReply(logger, deviceId, shown);
        }

        return null;
    }

    private void Invalid(string deviceId, IReadOnlyList<ProfileError> errors)
    {
        if (errors.Count > 0)
        {
            var first = errors[0].ToString();
            DevicesLog.InvalidValues(logger, deviceId, errors.Count, first);
        }
    }

    private bool Reject(string? deviceId, string topic, string reason)
    {
        Interlocked.Increment(ref _malformed);
        registry.OnMalformed(deviceId);
        var shown = Limit(topic, 200)!;
        DevicesLog.Malformed(logger, deviceId ?? "?", shown, reason);
        return false;
    }

    private static bool TryGetString(JsonElement root, string name, out string value)
    {
        value = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
            return false;
        value = element.GetString()!;
        return true;
    }

    /// <summary>Absent is fine (the hub uses the time it received the message); RFC 3339 text or Unix milliseconds otherwise.</summary>
    private static bool TryGetTimestamp(JsonElement root, out DateTimeOffset? timestamp)
    {
        timestamp = null;
        if (!root.TryGetProperty("ts", out var ts))
            return true;
        if (ts.ValueKind == JsonValueKind.Number && ts.TryGetInt64(out var ms) && ms is >= 0 and <= 253_402_300_799_999)
        {
            timestamp = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }

        if (ts.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(ts.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            timestamp = parsed;
            return true;
        }

        return false;
    }

    private static string? Limit(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length];
}
