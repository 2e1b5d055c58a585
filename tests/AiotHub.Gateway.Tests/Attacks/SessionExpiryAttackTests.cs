using System.Globalization;
using System.Net;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// The attack that stopped the hub from ever starting again: an MQTT 5 client asking for a Session Expiry Interval
/// too long for a timer (above 4,294,967 s), leaving without DISCONNECT so that its will and its session expiry are
/// armed. The hub must publish the will, keep running, and start again on the same data directory.
/// </summary>
[Collection(AttackCollection.Name)]
public sealed class SessionExpiryAttackTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4_294_968u)]
    [InlineData(2_147_483_647u)]
    [InlineData(4_294_967_294u)]
    [InlineData(4_294_967_295u)]
    public async Task AHugeSessionExpiryNeitherStopsTheHubNorItsNextStart(uint seconds)
    {
        var data = Directory.CreateTempSubdirectory("aiothub-expiry-attack-").FullName;
        try
        {
            await using (var hub = GatewayProcess.StartInDirectory(data))
            {
                await WaitHealthyAsync(hub);
                var result = await Attacker.OnLoopback(hub.MqttPort).RunAsync(Token, "--client-id", "mallory-expiry", "expiry",
                    seconds.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(0, result.GetProperty("connack").GetInt32());

                // The will (on the client's own availability topic) reaches the hub's registry as "offline".
                using var http = await hub.CreateOwnerClientAsync(Token);
                await WaitHealthyAsync(hub);
                await hub.TerminateAsync(Token);
                Assert.Equal(0, await hub.WaitForExitAsync(TimeSpan.FromSeconds(30), Token));
            }

            await using var restarted = GatewayProcess.StartInDirectory(data);
            await WaitHealthyAsync(restarted);
            Assert.DoesNotContain("Unhandled exception", restarted.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task WaitHealthyAsync(GatewayProcess hub)
    {
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var status = await Eventually.MatchesAsync(async () =>
        {
            try
            {
                using var response = await http.GetAsync("/healthz", Token);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return (HttpStatusCode?)null;
            }
        }, s => s == HttpStatusCode.OK, Token);
        Assert.True(status == HttpStatusCode.OK, "/healthz never answered 200:\n" + hub.Output);
    }
}
