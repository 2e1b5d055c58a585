using System.Text.Json;

namespace AiotHub.Automation.Automations;

/// <summary>The definition JSON the catalog keeps and shows: the user's members as written, with its id first and its current "enabled" last.</summary>
internal static class AutomationDocument
{
    public static JsonElement Normalize(JsonElement body, string id, bool enabled) => AutomationValues.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in body.EnumerateObject())
            {
                if (member.Name is not ("id" or "enabled"))
                    member.WriteTo(writer);
            }
        }

        writer.WriteBoolean("enabled", enabled);
        writer.WriteEndObject();
    });

    /// <summary>The "name" of a stored definition, or the id when it has none (an unreadable row).</summary>
    public static string Name(JsonElement definition, string id) =>
        definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString() ?? id
            : id;
}
