using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiotHub.Cli;

/// <summary>
/// `aiothub setup --code CODE [--name NAME] [--hub URL]`: trades the one-time setup code the hub printed at first
/// start for the owner token, and prints the token (shown once). The hub accepts setup only from its own machine
/// (docs/security.md), so run it there — in a container, with `docker compose exec hub aiothub setup …`, which runs
/// inside the hub's container and so reaches it over loopback. Nothing here widens who may use the code.
/// </summary>
internal static class SetupCommand
{
    private const int MaxAnswerLength = 4096;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Option<string>("--code")
        {
            Description = "The one-time setup code from the hub's log (\"One-time setup code: …\"; docker compose logs hub)",
            Required = true,
        };
        var name = new Option<string>("--name") { Description = "The owner token's name", DefaultValueFactory = _ => "Owner" };
        var hub = HubConnection.CreateOption();
        var setup = new Command("setup", "Trade the hub's one-time setup code for the owner token (on the hub's machine or in its container)") { code, name, hub };
        setup.SetAction(async (parse, cancellationToken) =>
        {
            var url = parse.GetValue(hub)!;
            using var http = HubConnection.CreateClient(url);
            try
            {
                using var response = await http.PostAsJsonAsync("api/v1/setup", new SetupBody(parse.GetValue(code)!.Trim(), parse.GetValue(name)!), cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if ((int)response.StatusCode == 201 && Secret(body) is { } secret)
                {
                    stdout.WriteLine("Owner token (shown once; keep it like a password, sign in to the app with it):");
                    stdout.WriteLine(secret);
                    return AiothubCommand.Ok;
                }

                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Setup refused ({(int)response.StatusCode}): {Detail(body)}"));
                return AiothubCommand.Invalid;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                stderr.WriteLine($"No hub answered at {url} ({e.Message}).");
                return AiothubCommand.Invalid;
            }
        });
        return setup;
    }

    private static string? Secret(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("secret", out var s) && s.ValueKind == JsonValueKind.String
                ? s.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The problem's detail and the first error of each path; else the body itself, cut short.</summary>
    private static string Detail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var parts = new List<string>();
                if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
                    parts.Add(detail.GetString()!);
                if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                {
                    foreach (var error in errors.EnumerateObject())
                    {
                        if (error.Value.ValueKind == JsonValueKind.Array && error.Value.GetArrayLength() > 0)
                            parts.Add($"{error.Name}: {error.Value[0]}");
                    }
                }

                if (parts.Count > 0)
                    return string.Join("; ", parts);
            }
        }
        catch (JsonException)
        {
        }

        return body.Length <= MaxAnswerLength ? body : body[..MaxAnswerLength] + "…";
    }

    private sealed record SetupBody(string Code, string Name);
}
