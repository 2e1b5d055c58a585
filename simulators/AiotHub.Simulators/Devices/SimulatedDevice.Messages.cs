using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Simulators.Devices;

/// <summary>The device → hub messages of docs/mqtt-protocol.md.</summary>
public sealed partial class SimulatedDevice
{
    /// <summary>§ availability: the MQTT will, retained, QoS 1.</summary>
    public static ReadOnlyMemory<byte> LastWillPayload { get; } = """{"state":"offline","reason":"last-will"}"""u8.ToArray();

    // Utterances in Chinese stay readable on the wire; MQTT payloads are not embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly ReadOnlyMemory<byte> OnlinePayload = """{"state":"online"}"""u8.ToArray();
    private static readonly ReadOnlyMemory<byte> ShutdownPayload = """{"state":"offline","reason":"shutdown"}"""u8.ToArray();

    /// <summary>
    /// Right after every connect: announce (retained), availability online (retained), then every
    /// readable property so the hub's twin starts complete.
    /// </summary>
    public void OnConnected()
    {
        lock (_sync)
        {
            Send(new DeviceMessage("announce", Json(w =>
            {
                w.WriteString("model", Profile.Model);
                w.WriteNumber("profileVersion", Profile.Version);
                w.WriteString("firmware", Firmware);
                if (Options.Name is { } name)
                    w.WriteString("name", name);
            }), MqttQualityOfService.AtLeastOnce, Retain: true));
            Send(new DeviceMessage("availability", OnlinePayload, MqttQualityOfService.AtLeastOnce, Retain: true));
            State.TakeChanges();
            SendReport(State.All.Where(p => p.Property.CanRead).ToList(), MqttQualityOfService.AtLeastOnce);
            Ota.OnConnectedLocked();
        }
    }

    /// <summary>§ availability: published before a planned disconnect.</summary>
    public static DeviceMessage ShutdownMessage { get; } = new("availability", ShutdownPayload, MqttQualityOfService.AtLeastOnce, Retain: true);

    /// <summary>Publishes an event (topic <c>events/{service}.{event}</c>); arguments by name.</summary>
    public void Emit(string service, string @event, IReadOnlyList<KeyValuePair<string, object>> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        lock (_sync)
        {
            Send(new DeviceMessage("events/" + service + "." + @event, Json(w =>
            {
                w.WriteStartObject("args");
                foreach (var (name, value) in args)
                {
                    w.WritePropertyName(name);
                    ProfileValues.Write(w, value);
                }

                w.WriteEndObject();
                w.WriteNumber("ts", Now.ToUnixTimeMilliseconds());
            }), MqttQualityOfService.AtLeastOnce));
        }
    }

    /// <summary>
    /// A local change (someone pressed the switch): the value is checked as a reported one and, if it
    /// fits, applied and reported on the next tick. Returns the problem, or null.
    /// </summary>
    public string? SetLocally(string key, JsonElement value)
    {
        lock (_sync)
        {
            if (State.Find(key) is not { } entry)
                return $"unknown property {key}";
            var errors = ProfileValueValidator.ValidateReported(entry.Property, value, key);
            if (errors.Count > 0)
                return $"{key}: {errors[0].Message}";
            State.Assign(entry, ProfileValues.FromJson(entry.Property.Value, value));
            Behavior.OnSet(this, entry);
            return null;
        }
    }

    private void ReportChangesLocked(bool periodic)
    {
        var changes = State.TakeChanges();
        if (changes.Count == 0)
        {
            // A periodic report with nothing new repeats the telemetry (or the first readable
            // property), so --rate holds for devices that never change on their own.
            var telemetry = State.All.Where(p => p.Property.Telemetry).ToList();
            changes = telemetry.Count > 0 ? telemetry : State.All.Where(p => p.Property.CanRead).Take(1).ToList();
        }

        if (Faults.MalformedRequested || (periodic && Faults.MalformedProbability > 0 && Random.NextDouble() < Faults.MalformedProbability))
        {
            Faults.MalformedRequested = false;
            Send(new DeviceMessage("properties", MalformedPayload(), MqttQualityOfService.AtMostOnce));
            return;
        }

        if (changes.Count == 0)
            return;
        DeviceProperty? corrupt = null;
        if (Faults.OutOfRangeRequested || (periodic && Faults.OutOfRangeProbability > 0 && Random.NextDouble() < Faults.OutOfRangeProbability))
        {
            Faults.OutOfRangeRequested = false;
            corrupt = changes.FirstOrDefault(p => p.Property.Value.Format.IsNumeric()) ?? changes[0];
        }

        SendReport(changes, periodic ? MqttQualityOfService.AtMostOnce : MqttQualityOfService.AtLeastOnce, corrupt);
    }

    private void SendReport(List<DeviceProperty> properties, MqttQualityOfService qos, DeviceProperty? outOfRange = null)
    {
        if (properties.Count == 0)
            return;
        Send(new DeviceMessage("properties", Json(w =>
        {
            w.WriteStartObject("values");
            foreach (var property in properties)
            {
                w.WritePropertyName(property.Key);
                ProfileValues.Write(w, property == outOfRange ? ProfileValues.OutOfRange(property.Property.Value) : property.Value);
            }

            w.WriteEndObject();
            w.WriteString("ts", FormatTimestamp(Now));
        }), qos));
    }

    private void SendReply(string id, int code, string? message, IReadOnlyList<KeyValuePair<string, object>>? output)
    {
        Send(new DeviceMessage("reply", Json(w =>
        {
            w.WriteString("id", id);
            w.WriteNumber("code", code);
            if (message is not null)
                w.WriteString("message", message);
            if (output is { Count: > 0 })
            {
                w.WriteStartObject("out");
                foreach (var (name, value) in output)
                {
                    w.WritePropertyName(name);
                    ProfileValues.Write(w, value);
                }

                w.WriteEndObject();
            }
        }), MqttQualityOfService.AtLeastOnce) { CorrelationId = id });
    }

    /// <summary>One <c>ota/status</c> (docs/mqtt-protocol.md "Firmware updates"), QoS 1.</summary>
    internal void SendOtaStatusLocked(string job, AiotHub.Core.Firmware.OtaState state, int? progress, int code, string? message, string? firmware) =>
        Send(new DeviceMessage("ota/status", Json(w =>
        {
            w.WriteString("job", job);
            w.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(state.ToString()));
            if (progress is { } percent)
                w.WriteNumber("progress", percent);
            if (code != 0)
                w.WriteNumber("code", code);
            if (message is not null)
                w.WriteString("message", message);
            if (firmware is not null)
                w.WriteString("firmware", firmware);
        }), MqttQualityOfService.AtLeastOnce));

    /// <summary>Varied kinds of broken: truncated JSON, not an object, not UTF-8.</summary>
    private ReadOnlyMemory<byte> MalformedPayload() => Random.Next(3) switch
    {
        0 => """{"values":{"broken":"""u8.ToArray(),
        1 => "[1,2,3]"u8.ToArray(),
        _ => new byte[] { 0x7B, 0xFF, 0xFE, 0x7D },
    };

    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
