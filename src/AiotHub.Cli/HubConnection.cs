using System.CommandLine;

namespace AiotHub.Cli;

/// <summary>
/// The `--hub URL` option of the commands that talk to a running hub (setup, health): by default the hub on this
/// machine, which is where `docker compose exec hub aiothub …` runs them — inside the hub's container.
/// </summary>
internal static class HubConnection
{
    public static readonly Uri DefaultUrl = new("http://127.0.0.1:8080/");

    /// <summary>How long one request may take before the command gives up (the hub answers setup and /healthz at once).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static Option<Uri> CreateOption() => new("--hub")
    {
        Description = "The hub's HTTP address (default http://127.0.0.1:8080, the hub on this machine or in this container)",
        DefaultValueFactory = _ => DefaultUrl,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.UserInfo))
                return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            result.AddError($"--hub: '{text}' is not an http:// or https:// address without query or credentials");
            return DefaultUrl;
        },
    };

    public static HttpClient CreateClient(Uri hub) => new() { BaseAddress = hub, Timeout = RequestTimeout };
}
