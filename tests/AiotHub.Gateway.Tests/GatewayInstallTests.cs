using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The published hub started as a family would start it: from a shell in some other directory.
/// It finds its settings and its app next to its dll, keeps its data in the state directory, and
/// writes neither an owner's access_token nor a webhook's id into its log.
/// </summary>
public sealed class GatewayInstallTests(PublishedGateway published) : IClassFixture<PublishedGateway>
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StartedFromAnotherDirectoryTheHubServesItsAppAndNoLogLineHoldsAnAccessTokenOrAHookId(bool traceEverything)
    {
        var state = Directory.CreateTempSubdirectory("aiothub-state-").FullName;
        var elsewhere = Directory.CreateTempSubdirectory("aiothub-cwd-").FullName;
        try
        {
            string[] logging = traceEverything
                ? ["--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:Microsoft=Trace", "--Logging:LogLevel:Microsoft.AspNetCore=Trace", "--Logging:LogLevel:AiotHub=Trace"]
                : [];
            string output;
            string secret;
            var hookId = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24);
            await using (var hub = GatewayProcess.StartInstalled(published.Directory, elsewhere, state, logging))
            {
                using var owner = await hub.CreateOwnerClientAsync(Ct);
                secret = owner.DefaultRequestHeaders.Authorization!.Parameter!;
                using var anonymous = new HttpClient { BaseAddress = hub.BaseAddress };

                // The web app: appsettings.json and wwwroot were found next to the dll.
                var index = await anonymous.GetStringAsync("/", Ct);
                Assert.Equal(await File.ReadAllTextAsync(Path.Combine(published.Directory, "wwwroot", "index.html"), Ct), index);

                // The owner's token in the query, as a browser's EventSource and WebSocket send it.
                var events = $"/api/v1/homes/home/events?access_token={Uri.EscapeDataString(secret)}";
                using (var stream = await anonymous.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, Ct))
                    Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
                using (var socket = new ClientWebSocket())
                {
                    await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{hub.HttpPort}/api/v1/homes/home/events/ws?access_token={Uri.EscapeDataString(secret)}"), Ct);
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Ct);
                }

                // A webhook, created by the owner and called by a doorbell.
                using var created = await owner.PostAsJsonAsync("/api/v1/homes/home/automations", new
                {
                    id = "doorbell",
                    name = "Doorbell",
                    triggers = new[] { new { kind = "webhook", hookId } },
                    actions = new[] { new { kind = "notify", title = "Doorbell", message = "Someone is at the door" } },
                }, Ct);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                using var called = await anonymous.PostAsync($"/api/v1/hooks/{hookId}", JsonContent.Create(new { who = "courier" }), Ct);
                Assert.Equal(HttpStatusCode.Accepted, called.StatusCode);

                await hub.TerminateAsync(Ct);
                Assert.Equal(0, await hub.WaitForExitAsync(ExitTimeout, Ct));
                output = hub.Output;
            }

            Assert.False(output.Contains(secret, StringComparison.Ordinal), "the owner's token is in the log:\n" + output);
            Assert.False(output.Contains(secret[5..], StringComparison.Ordinal), "the owner's token is in the log:\n" + output);
            Assert.False(output.Contains(hookId, StringComparison.Ordinal), "the hook id is in the log:\n" + output);
            if (traceEverything)
            {
                // The hub's own request log stands in for ASP.NET Core's, redacted.
                Assert.Contains("GET /api/v1/homes/home/events?access_token=(redacted) → 200", output, StringComparison.Ordinal);
                Assert.Contains($"POST /api/v1/hooks/{hookId[..4]}…(24) → 202", output, StringComparison.Ordinal);
            }
            else
            {
                // appsettings.json was read: it keeps ASP.NET Core's chatter at Warning.
                Assert.DoesNotContain("info: Microsoft.AspNetCore", output, StringComparison.Ordinal);
            }

            // The data went to the state directory; neither the install nor the working directory got any.
            Assert.True(File.Exists(Path.Combine(state, "data", "hub.db")), "no hub.db in the state directory:\n" + output);
            Assert.True(Directory.Exists(Path.Combine(state, "data", "broker")), "no broker store in the state directory");
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
            Assert.False(Directory.Exists(Path.Combine(published.Directory, "data")));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
