using System.Globalization;

namespace AiotHub.Core.Profiles;

/// <summary>Builds the JSONPath-style locations errors carry: <c>$.services[1].value-range</c>, <c>$['odd key']</c>.</summary>
public static class JsonPath
{
    public const string Root = "$";

    public static string Member(string parent, string key) =>
        IsPlain(key) ? parent + "." + key : parent + "['" + Escape(key) + "']";

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlain(string key)
    {
        if (key.Length == 0 || key.Length > 64 || !(char.IsAsciiLetter(key[0]) || key[0] is '$' or '_'))
            return false;
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '$'))
                return false;
        }

        return true;
    }

    private static string Escape(string key) =>
        JsonKinds.Printable(key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal), 64);
}
