using System.Globalization;
using System.Text;
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

    /// <summary>A value for a message: at most 40 characters, control characters escaped so every error stays one line.</summary>
    public static string Quote(string value) => "'" + Printable(value, 40) + "'";

    /// <summary>At most about maxLength characters of output, however many control characters need escaping.</summary>
    public static string Printable(string value, int maxLength)
    {
        var sb = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        foreach (var c in value)
        {
            if (sb.Length >= maxLength)
                return sb.Append('…').ToString();
            if (char.IsControl(c))
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else
                sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Shorten(string raw) => raw.Length > 24 ? raw[..24] + "…" : raw;
}
