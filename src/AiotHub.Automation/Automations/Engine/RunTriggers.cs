using System.Buffers;
using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>What a trace says started a run: the sentence a user reads and the trigger's data.</summary>
internal static class RunTriggers
{
    public static AutomationRunTrigger FromEvent(TriggerRef reference, HomeEvent homeEvent, DateTimeOffset? time = null)
    {
        var at = time ?? homeEvent.Time;
        var kind = reference.Trigger.Kind;
        var device = homeEvent.DeviceId ?? "";
        return homeEvent.Data switch
        {
            PropertyChanged c => new(reference.Index, kind,
                $"{device} {c.Key} changed from {Text(c.Old)} to {Text(c.New)}" + For(reference.Trigger),
                Data(w =>
                {
                    w.WriteString("deviceId", device);
                    w.WriteString("property", c.Key);
                    Write(w, "from", c.Old);
                    Write(w, "to", c.New);
                }), at),
            DeviceEvent d => new(reference.Index, kind, $"{device} raised {d.Key}",
                Data(w =>
                {
                    w.WriteString("deviceId", device);
                    w.WriteString("event", d.Key);
                    Write(w, "arguments", d.Arguments);
                }), at),
            AvailabilityChanged a => new(reference.Index, kind,
                $"{device} went {Lower(a.State)} (was {Lower(a.Previous)})" + For(reference.Trigger),
                Data(w =>
                {
                    w.WriteString("deviceId", device);
                    w.WriteString("to", Lower(a.State));
                    w.WriteString("from", Lower(a.Previous));
                }), at),
            HomeModeChanged m => new(reference.Index, kind, $"the home mode changed from {m.Previous} to {m.Mode}",
                Data(w =>
                {
                    w.WriteString("to", m.Mode);
                    w.WriteString("from", m.Previous);
                    if (m.Source is { } source)
                        w.WriteString("source", source);
                }), at),
            _ => new(reference.Index, kind, homeEvent.Type, Data(_ => { }), at),
        };
    }

    public static AutomationRunTrigger Clocked(TriggerRef reference, DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(occurrence, zone);
        var description = reference.Trigger switch
        {
            ScheduleTrigger s => $"the schedule \"{s.Expression}\" came due at {local:yyyy-MM-dd HH:mm:ss}",
            SunTrigger s => $"{Lower(s.Event)}{Offset(s.Offset)} at {local:yyyy-MM-dd HH:mm:ss}",
            _ => $"it was {local:yyyy-MM-dd HH:mm:ss} ({local:dddd})",
        };
        return new(reference.Index, reference.Trigger.Kind, description,
            Data(w => w.WriteString("at", occurrence.ToString("O", CultureInfo.InvariantCulture))), occurrence);
    }

    public static AutomationRunTrigger Manual(DateTimeOffset now, string? startedBy) =>
        new(-1, "manual", startedBy is null ? "run now" : $"run now by {startedBy}",
            Data(w =>
            {
                if (startedBy is not null)
                    w.WriteString("startedBy", startedBy);
            }), now);

    public static AutomationRunTrigger Webhook(TriggerRef reference, JsonElement body, DateTimeOffset now) =>
        new(reference.Index, "webhook", "the webhook was called", body.ValueKind == JsonValueKind.Undefined ? Data(_ => { }) : body.Clone(), now);

    public static string Text(JsonElement? value) => value is { } v ? v.GetRawText() : "nothing";

    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant() switch
        {
            "neverseen" => "never-seen",
            "solarnoon" => "solar-noon",
            "civildawn" => "civil-dawn",
            "civildusk" => "civil-dusk",
            var text => text,
        };

    private static string For(AutomationTrigger trigger) => trigger switch
    {
        PropertyTrigger { For: { } f } => $" and held for {Durations.Text(f)}",
        AvailabilityTrigger { For: { } f } => $" and stayed so for {Durations.Text(f)}",
        _ => "",
    };

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "" : offset < TimeSpan.Zero ? $" - {Durations.Text(-offset)}" : $" + {Durations.Text(offset)}";

    private static void Write(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        writer.WritePropertyName(name);
        if (value is { ValueKind: not JsonValueKind.Undefined } v)
            v.WriteTo(writer);
        else
            writer.WriteNullValue();
    }

    private static JsonElement Data(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
