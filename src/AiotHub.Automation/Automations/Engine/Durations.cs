using System.Globalization;
using System.Text;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Durations as the format writes them ("1h30m", "2h", "500ms"), for traces and reasons.</summary>
internal static class Durations
{
    public static string Text(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            return "-" + Text(-duration);
        if (duration < TimeSpan.FromSeconds(1))
            return ((int)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        var text = new StringBuilder();
        Append(text, duration.Days, 'd');
        Append(text, duration.Hours, 'h');
        Append(text, duration.Minutes, 'm');
        Append(text, duration.Seconds, 's');
        return text.Length == 0 ? "0s" : text.ToString();
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value > 0)
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }
}
