using System.Text.Json;

namespace AiotHub.Core.Profiles;

/// <summary>Short descriptions of JSON values for "expected X, got Y" messages.</summary>
internal static class JsonKinds
{
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Quote(string value)
    {
        var shown = value.Length > 40 ? value[..40] + "…" : value;
        return "'" + shown + "'";
    }

    private static string Shorten(string raw) => raw.Length > 24 ? raw[..24] + "…" : raw;
}
