using System.Text.Json;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// An enum value as a label value: the word the API uses for it (kebab-case, "timed-out", "conditions-failed"), computed
/// once per value so that recording a measurement allocates nothing.
/// </summary>
internal static class MetricLabel<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : "other";
}
