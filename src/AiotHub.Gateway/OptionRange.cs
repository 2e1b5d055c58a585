using System.Globalization;

namespace AiotHub.Gateway;

/// <summary>The range check the options validators share, its message naming the configuration key (e.g. "Devices:CommandTimeout").</summary>
internal static class OptionRange
{
    public static void Check<T>(List<string> failures, string key, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key} is {value}; it must be between {minimum} and {maximum}."));
    }
}
