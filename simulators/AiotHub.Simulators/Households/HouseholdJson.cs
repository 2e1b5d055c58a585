using System.Text.Json;
using AiotHub.Core.Activity;

namespace AiotHub.Simulators.Households;

/// <summary>
/// A household as JSON, for integrators (`aiothub-sim household`): the history as JSON lines, one entry a line
/// (<c>{"id","homeId","time","kind","source","deviceId","member","value","actor","reference"}</c>, kind and source in
/// camelCase, time ISO 8601 UTC, absent fields null), and the planted truth, devices, automations and scenes as one object.
/// </summary>
public static class HouseholdJson
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    public static void WriteHistory(IEnumerable<ActivityEntry> history, Stream output)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, Compact);
        foreach (var entry in history)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", entry.Id);
            writer.WriteString("homeId", entry.HomeId);
            writer.WriteString("time", entry.Time.ToUniversalTime());
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(entry.Kind.ToString()));
            writer.WriteString("source", JsonNamingPolicy.CamelCase.ConvertName(entry.Source.ToString()));
            writer.WriteString("deviceId", entry.DeviceId);
            writer.WriteString("member", entry.Member);
            writer.WritePropertyName("value");
            if (entry.Value is { } value)
                value.WriteTo(writer);
            else
                writer.WriteNullValue();
            writer.WriteString("actor", entry.Actor);
            writer.WriteString("reference", entry.Reference);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    public static void WriteTruth(Household household, Stream output)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("homeId", household.HomeId);
        writer.WriteNumber("seed", household.Seed);
        writer.WriteString("from", household.From.ToUniversalTime());
        writer.WriteString("end", household.End.ToUniversalTime());
        writer.WriteString("timeZone", household.TimeZone.Id);
        writer.WriteNumber("latitude", household.Latitude);
        writer.WriteNumber("longitude", household.Longitude);
        writer.WriteStartArray("devices");
        foreach (var device in household.Devices)
        {
            writer.WriteStartObject();
            writer.WriteString("id", device.Id);
            writer.WriteString("name", device.Name);
            writer.WriteString("model", device.Profile.Model);
            writer.WriteString("roomId", device.RoomId);
            writer.WriteString("roomName", device.RoomName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("automations");
        foreach (var automation in household.Automations)
            automation.WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("scenes");
        foreach (var scene in household.Scenes)
            scene.WriteTo(writer);
        writer.WriteEndArray();
        WriteRoutines(writer, "truth", household.Truth);
        WriteRoutines(writer, "decoys", household.Decoys);
        writer.WriteEndObject();
    }

    private static void WriteRoutines(Utf8JsonWriter writer, string name, IReadOnlyList<PlantedRoutine> routines)
    {
        writer.WriteStartArray(name);
        foreach (var routine in routines)
        {
            writer.WriteStartObject();
            writer.WriteString("id", routine.Id);
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(routine.Kind.ToString()));
            writer.WriteString("description", routine.Description);
            writer.WriteString("actor", routine.Actor);
            writer.WriteStartArray("effects");
            foreach (var effect in routine.Effects)
            {
                writer.WriteStartObject();
                writer.WriteString("deviceId", effect.DeviceId);
                writer.WriteString("member", effect.Member);
                writer.WritePropertyName("value");
                effect.Value.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (routine.At is { } at)
            {
                writer.WriteString("at", at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteNumber("jitterMinutes", routine.Jitter.TotalMinutes);
                writer.WriteStartArray("weekdays");
                foreach (var day in routine.Days.Order())
                    writer.WriteStringValue(day.ToString()[..3].ToLowerInvariant());
                writer.WriteEndArray();
            }

            if (routine.Triggers.Count > 0)
            {
                writer.WriteStartArray("triggers");
                foreach (var trigger in routine.Triggers)
                {
                    writer.WriteStartObject();
                    writer.WriteString("deviceId", trigger.DeviceId);
                    if (trigger.Event is not null)
                        writer.WriteString("event", trigger.Event);
                    else
                    {
                        writer.WriteString("member", trigger.Member);
                        writer.WritePropertyName("value");
                        trigger.Value!.Value.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteNumber("withinSeconds", routine.Within.TotalSeconds);
            }

            if (routine.AutomationId is not null)
                writer.WriteString("automationId", routine.AutomationId);
            writer.WriteString("condition", routine.Condition.ToString());
            writer.WriteStartArray("occurrences");
            foreach (var time in routine.Occurrences)
                writer.WriteStringValue(time.ToUniversalTime());
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
