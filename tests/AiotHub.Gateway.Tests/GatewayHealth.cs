using System.Net.Http.Json;
using System.Text.Json;

namespace AiotHub.Gateway.Tests;

/// <summary>Polls a hub process's /healthz (over loopback: the full figures) until its body satisfies a condition.</summary>
internal static class GatewayHealth
{
    /// <summary>Returns the body that satisfied <paramref name="condition"/>; fails with the last body and the hub's output after <paramref name="patience"/>.</summary>
    public static async Task<JsonElement> WaitAsync(GatewayProcess hub, Func<JsonElement, bool> condition, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var started = DateTime.UtcNow;
        JsonElement last = default;
        while (DateTime.UtcNow - started < patience)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                last = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                if (condition(last))
                    return last;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (KeyNotFoundException)
            {
                // A section not there yet (the hub still starting).
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail($"the hub's /healthz never got there; last: {last}\n{hub.Output}");
        return default;
    }
}
