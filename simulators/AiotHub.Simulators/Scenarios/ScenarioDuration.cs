using System.Globalization;
using System.Text.Json;

namespace AiotHub.Simulators.Scenarios;

/// <summary>Durations in scenarios: a number of seconds, "250ms", "90s", "5m", "1h", or "hh:mm:ss".</summary>
public static class ScenarioDuration
{
    public static bool TryParse(JsonElement element, out TimeSpan duration)
    {
        duration = default;
        if (element.ValueKind == JsonValueKind.Number)
            return element.TryGetDouble(out var seconds) && seconds >= 0 && seconds < 1e9 && Set(TimeSpan.FromSeconds(seconds), out duration);
        return element.ValueKind == JsonValueKind.String && TryParse(element.GetString()!, out duration);
    }

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        text = text.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
            return TimeSpan.TryParseExact(text, [@"hh\:mm\:ss", @"h\:mm\:ss", @"mm\:ss", @"hh\:mm\:ss\.fff"], CultureInfo.InvariantCulture, out duration);
        (string Suffix, double Scale)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, scale) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= 0 && value < 1e9)
                return Set(TimeSpan.FromSeconds(value * scale), out duration);
        }

        return false;
    }

    private static bool Set(TimeSpan value, out TimeSpan duration)
    {
        duration = value;
        return true;
    }
}
