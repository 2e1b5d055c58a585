using System.Globalization;
using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Behaviors;

namespace AiotHub.Simulators.Devices;

/// <summary>The hub → device commands of docs/mqtt-protocol.md: set, call and get, each answered by exactly one reply.</summary>
public sealed partial class SimulatedDevice
{
    /// <summary>docs/mqtt-protocol.md § Limits: payloads are at most 64 KiB.</summary>
    private const int MaxPayload = 64 * 1024;

    /// <summary>
    /// Handles a payload received on <c>set</c>, <c>call</c> or <c>get</c>. A command that cannot be
    /// correlated (not a JSON object, no string id) is counted and ignored: there is nobody to reply to.
    /// </summary>
    public void HandleCommand(string kind, ReadOnlySpan<byte> payload)
    {
        if (Correlated(payload, "id", int.MaxValue, out var id) is not { } document)
            return;

        using (document)
        {
            var root = document.RootElement;
            Interlocked.Increment(ref _commands);
            lock (_sync)
            {
                switch (kind)
                {
                    case "set": HandleSetLocked(id, root); break;
                    case "call": HandleCallLocked(id, root); break;
                    case "get": HandleGetLocked(id, root); break;
                    default: ReplyLocked(id, DeviceReplyCode.Unknown, $"unknown command '{kind}'", null); break;
                }
            }
        }
    }

    /// <summary>
    /// Handles a payload received on <c>ota</c> (docs/mqtt-protocol.md "Firmware updates"). One without a usable job id
    /// is counted and ignored: there is no job to answer for.
    /// </summary>
    public void HandleOta(ReadOnlySpan<byte> payload)
    {
        if (Correlated(payload, "job", 128, out var job) is not { } document)
            return;

        using (document)
        {
            lock (_sync)
            {
                Ota.HandleLocked(job, document.RootElement);
            }
        }
    }

    /// <summary>
    /// The payload as a JSON object with a non-empty string <paramref name="name"/> of at most <paramref name="maxLength"/>
    /// characters (what an answer is correlated by), or null, counted as rejected (too large, not JSON, no such string).
    /// </summary>
    private JsonDocument? Correlated(ReadOnlySpan<byte> payload, string name, int maxLength, out string value)
    {
        value = "";
        JsonDocument document;
        try
        {
            if (payload.Length > MaxPayload)
                throw new JsonException("too large");
            document = JsonDocument.Parse(payload.ToArray());
        }
        catch (JsonException)
        {
            Interlocked.Increment(ref _rejectedPayloads);
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var element)
            && element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text && text.Length <= maxLength)
        {
            value = text;
            return document;
        }

        document.Dispose();
        Interlocked.Increment(ref _rejectedPayloads);
        return null;
    }

    /// <summary>The fleet stops: an OTA transfer in flight is cancelled.</summary>
    public void StopOta()
    {
        lock (_sync)
        {
            Ota.StopLocked();
        }
    }

    private void HandleSetLocked(string id, JsonElement root)
    {
        if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            ReplyLocked(id, DeviceReplyCode.InvalidValue, "'values' must be an object of property values", null);
            return;
        }

        var updates = new List<(DeviceProperty Entry, object Value)>();
        foreach (var member in values.EnumerateObject())
        {
            if (State.Find(member.Name) is not { } entry)
            {
                ReplyLocked(id, DeviceReplyCode.Unknown, $"unknown property {member.Name}", null);
                return;
            }

            if (!entry.Property.CanWrite)
            {
                ReplyLocked(id, DeviceReplyCode.NotWritable, $"{entry.Key} is not writable", null);
                return;
            }

            var errors = ProfileValueValidator.ValidateSet(entry.Property, member.Value, entry.Key);
            if (errors.Count > 0)
            {
                ReplyLocked(id, DeviceReplyCode.InvalidValue, $"{entry.Key}: {errors[0].Message}", null);
                return;
            }

            updates.Add((entry, ProfileValues.FromJson(entry.Property.Value, member.Value)));
        }

        if (updates.Count == 0)
        {
            ReplyLocked(id, DeviceReplyCode.InvalidValue, "'values' is empty", null);
            return;
        }

        Schedule(Options.Latency, () =>
        {
            foreach (var (entry, value) in updates)
            {
                State.Assign(entry, value);
                // Reported even when unchanged, so the hub's reported value always confirms the desired one.
                State.Touch(entry.Key);
                Behavior.OnSet(this, entry);
            }

            ReplyLocked(id, DeviceReplyCode.Applied, null, null);
            ReportChangesLocked(periodic: false);
        });
    }

    private void HandleCallLocked(string id, JsonElement root)
    {
        if (!root.TryGetProperty("action", out var name) || name.ValueKind != JsonValueKind.String
            || FindAction(name.GetString()!) is not var (service, action))
        {
            ReplyLocked(id, DeviceReplyCode.Unknown, $"unknown action {(name.ValueKind == JsonValueKind.String ? name.GetString() : "(none)")}", null);
            return;
        }

        var input = root.TryGetProperty("in", out var inElement) ? inElement.Clone() : default;
        var errors = ProfileValueValidator.ValidateActionInput(action, input, "in");
        if (errors.Count > 0)
        {
            ReplyLocked(id, DeviceReplyCode.InvalidValue, $"{errors[0].Path}: {errors[0].Message}", null);
            return;
        }

        Schedule(Options.Latency, () =>
        {
            Voice?.OnAction(action, input);
            var outcome = Behavior.OnAction(this, service, action, input);
            IReadOnlyList<KeyValuePair<string, object>>? output = null;
            if (outcome.Code == DeviceReplyCode.Applied && action.Out.Count > 0)
            {
                output = action.Out
                    .Select(a => new KeyValuePair<string, object>(a.Name,
                        outcome.Out?.FirstOrDefault(o => o.Key == a.Name).Value ?? ProfileValues.Default(a.Value)))
                    .ToList();
            }

            ReplyLocked(id, outcome.Code, outcome.Message, output);
            ReportChangesLocked(periodic: false);
        });
    }

    private void HandleGetLocked(string id, JsonElement root)
    {
        var requested = new List<DeviceProperty>();
        if (root.TryGetProperty("properties", out var names) && names.ValueKind != JsonValueKind.Null)
        {
            if (names.ValueKind != JsonValueKind.Array)
            {
                ReplyLocked(id, DeviceReplyCode.InvalidValue, "'properties' must be an array of names", null);
                return;
            }

            foreach (var name in names.EnumerateArray())
            {
                var key = name.ValueKind == JsonValueKind.String ? name.GetString()! : name.GetRawText();
                if (State.Find(key) is not { } entry)
                {
                    ReplyLocked(id, DeviceReplyCode.Unknown, $"unknown property {key}", null);
                    return;
                }

                // The spec names -4003 only for writing; a property without read access is refused the same way.
                if (!entry.Property.CanRead)
                {
                    ReplyLocked(id, DeviceReplyCode.NotWritable, $"{entry.Key} is not readable", null);
                    return;
                }

                if (!requested.Contains(entry))
                    requested.Add(entry);
            }
        }

        if (requested.Count == 0)
            requested.AddRange(State.All.Where(p => p.Property.CanRead));

        // § get: the values on `properties`, then the reply.
        Schedule(Options.Latency, () =>
        {
            SendReport(requested, Mqtt.Protocol.MqttQualityOfService.AtLeastOnce);
            ReplyLocked(id, DeviceReplyCode.Applied, null, null);
        });
    }

    /// <summary>Every reply goes through the ack faults: dropped, or delayed on top of the latency.</summary>
    private void ReplyLocked(string id, int code, string? message, IReadOnlyList<KeyValuePair<string, object>>? output)
    {
        if (Faults.DropAckProbability > 0 && Random.NextDouble() < Faults.DropAckProbability)
        {
            Interlocked.Increment(ref _droppedReplies);
            return;
        }

        if (Faults.AckDelay > TimeSpan.Zero)
            _pending.Add((Now + Faults.AckDelay, () => SendReply(id, code, message, output)));
        else
            SendReply(id, code, message, output);
    }

    /// <summary>"service.action" or "siid.aiid".</summary>
    private (ProfileService Service, ProfileAction Action)? FindAction(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1)
            return null;
        var (left, right) = (key[..dot], key[(dot + 1)..]);
        var service = int.TryParse(left, NumberStyles.None, CultureInfo.InvariantCulture, out var siid)
            ? Profile.FindService(siid)
            : Profile.FindService(left);
        var action = service is null ? null
            : int.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out var aiid) ? service.FindAction(aiid)
            : service.FindAction(right);
        return service is not null && action is not null ? (service, action) : null;
    }
}
