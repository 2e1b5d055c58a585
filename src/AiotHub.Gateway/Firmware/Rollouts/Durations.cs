using System.Globalization;
using System.Text;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Durations as the API writes them: "1h", "2d12h", "90s", "0s".</summary>
internal static class Durations
{
    public static string Format(TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
            return "0s";
        var text = new StringBuilder();
        Append(text, value.Days, "d");
        Append(text, value.Hours, "h");
        Append(text, value.Minutes, "m");
        Append(text, value.Seconds, "s");
        if (text.Length == 0 || value.Milliseconds > 0)
            Append(text, value.Milliseconds, "ms");
        return text.ToString();
    }

    private static void Append(StringBuilder text, int amount, string unit)
    {
        if (amount > 0)
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }
}
