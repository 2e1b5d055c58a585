using System.Net;
using System.Net.Http.Json;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>
/// Api:TrustedProxies against the real hub process, with requests from loopback as a reverse proxy
/// on the hub's own machine sends them: setup's loopback rule and the per-address rate limit follow
/// the client the proxy names, and only a proxy the owner listed is believed.
/// </summary>
public sealed class TrustedProxiesTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    [InlineData("X-Real-IP", "127.0.0.1")]
    public async Task WithoutTrustedProxiesAProxiedRequestFromLoopbackCannotUseTheSetupCode(string header, string value)
    {
        await using var hub = GatewayProcess.Start();
        var code = await hub.ReadSetupCodeAsync(Ct);

        using var proxied = await PostSetupAsync(hub, code, (header, value));
        Assert.Equal(HttpStatusCode.Forbidden, proxied.StatusCode);
        // The code is still good for a person at the hub's own keyboard.
        using var direct = await PostSetupAsync(hub, code);
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyTheClientItNamesDecidesWhetherSetupIsLocal()
    {
        await using var hub = GatewayProcess.Start("--Api:TrustedProxies:0=127.0.0.1", "--Api:TrustedProxies:1=::1");
        var code = await hub.ReadSetupCodeAsync(Ct);

        using var fromTheLan = await PostSetupAsync(hub, code, ("X-Forwarded-For", "192.168.1.20"));
        Assert.Equal(HttpStatusCode.Forbidden, fromTheLan.StatusCode);
        // A spoofed "127.0.0.1" before the LAN address: the proxy's own entry (the last) is the client.
        using var spoofed = await PostSetupAsync(hub, code, ("X-Forwarded-For", "127.0.0.1, 192.168.1.20"));
        Assert.Equal(HttpStatusCode.Forbidden, spoofed.StatusCode);
        // The proxy forwarding without saying who its client is: nobody can tell, so not local.
        using var unnamed = await PostSetupAsync(hub, code);
        Assert.Equal(HttpStatusCode.Forbidden, unnamed.StatusCode);
        using var local = await PostSetupAsync(hub, code, ("X-Forwarded-For", "127.0.0.1"));
        Assert.Equal(HttpStatusCode.Created, local.StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyEachClientHasItsOwnAddressBucket()
    {
        await using var hub = GatewayProcess.Start("--Api:TrustedProxies=127.0.0.0/8", "--Api:RateLimit:Burst=2", "--Api:RateLimit:PerSecond=1");
        await hub.ReadSetupCodeAsync(Ct);
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        await Eventually.MatchesAsync(async () =>
        {
            try
            {
                return (await http.GetAsync("/healthz", Ct)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, up => up, Ct);

        async Task<HttpStatusCode> GuessAsync(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/homes");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "aiot_guess");
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await http.SendAsync(request, Ct);
            return response.StatusCode;
        }

        var guesser = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            guesser.Add(await GuessAsync("192.168.1.66"));

        Assert.Equal(HttpStatusCode.TooManyRequests, guesser[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, await GuessAsync("192.168.1.20"));
    }

    [Fact]
    public async Task ATrustedProxyThatIsNotAnAddressStopsTheStartNamingIt()
    {
        await using var hub = GatewayProcess.Start("--Api:TrustedProxies:0=my-proxy");

        var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);

        Assert.True(exitCode is 1, hub.Output);
        Assert.Contains("Api:TrustedProxies:0 'my-proxy' is not an IP address or a network", hub.Output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(GatewayProcess hub, string code, params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var response = await Eventually.MatchesAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/setup") { Content = JsonContent.Create(new { code, name = "proxied" }) };
            foreach (var (name, value) in headers)
                request.Headers.TryAddWithoutValidation(name, value);
            try
            {
                return await http.SendAsync(request, Ct);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, r => r is not null, Ct);
        Assert.NotNull(response);
        return response;
    }
}
