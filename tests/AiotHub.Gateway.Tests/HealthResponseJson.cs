using System.Net;
using System.Text.Json;

namespace AiotHub.Gateway.Tests;

/// <summary>/healthz as a client sees it: the status code and the parsed JSON body.</summary>
internal sealed record HealthResponseJson(HttpStatusCode StatusCode, JsonElement Body)
{
    public string Status => Body.GetProperty("status").GetString()!;

    public JsonElement Mqtt => Body.GetProperty("mqtt");

    public long Counter(string name) => Mqtt.GetProperty(name).GetInt64();

    public static async Task<HealthResponseJson> GetAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(body);
        return new HealthResponseJson(response.StatusCode, document.RootElement.Clone());
    }
}
