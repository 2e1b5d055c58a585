using System.Globalization;
using System.Text.Json;

namespace AiotHub.Simulators.Households;

/// <summary>JSON values made once and shared: a generated history holds hundreds of thousands of the same few values.</summary>
internal static class JsonValues
{
    private static readonly Dictionary<string, JsonElement> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static JsonElement Of(bool value) => Raw(value ? "true" : "false");

    public static JsonElement Of(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public static JsonElement Of(double value) => Raw(value.ToString("0.###", CultureInfo.InvariantCulture));

    public static JsonElement OfString(string value) => Raw(JsonSerializer.Serialize(value));

    public static JsonElement Raw(string json)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(json, out var element))
            {
                using var document = JsonDocument.Parse(json);
                element = document.RootElement.Clone();
                if (Cache.Count < 100_000)
                    Cache[json] = element;
            }

            return element;
        }
    }
}
