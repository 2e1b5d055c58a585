using System.CommandLine;
using System.Globalization;

namespace AiotHub.Cli;

/// <summary>
/// `aiothub health [--hub URL]`: exit 0 when the hub's /healthz answers 200 (healthy), 1 otherwise. The container
/// image's HEALTHCHECK runs it, since the image has no curl (docs/docker.md).
/// </summary>
internal static class HealthCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var hub = HubConnection.CreateOption();
        var health = new Command("health", "Ask a running hub's /healthz; exit 0 when it is healthy") { hub };
        health.SetAction(async (parse, cancellationToken) =>
        {
            var url = parse.GetValue(hub)!;
            using var http = HubConnection.CreateClient(url);
            try
            {
                using var response = await http.GetAsync("healthz", cancellationToken);
                var status = (int)response.StatusCode;
                if (status == 200)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"healthy ({url}healthz answered {status})"));
                    return AiothubCommand.Ok;
                }

                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unhealthy: {url}healthz answered {status}"));
                return AiothubCommand.Invalid;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                stderr.WriteLine($"unhealthy: no answer from {url}healthz ({e.Message})");
                return AiothubCommand.Invalid;
            }
        });
        return health;
    }
}
