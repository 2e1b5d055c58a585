using System.Net;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>Api:RateLimit — each token has its own bucket; one busy app does not starve another.</summary>
public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATokenOverItsBurstGets429WithRetryAfterWhileOtherTokensAndHealthAreServed()
    {
        await using var hub = new DeviceHub(("Api:RateLimit:Burst", "3"), ("Api:RateLimit:PerSecond", "1"));
        using var busy = hub.CreateHttpClient();
        using var other = hub.CreateHttpClient(hub.Tokens.Create("other", [new AccessGrant(DeviceRegistry.DefaultHomeId, AccessRole.Member)], expires: null).Secret);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await busy.GetAsync("/api/v1/homes", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await AssertProblemAsync(last, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/homes", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/healthz", Ct)).StatusCode);
    }

    [Fact]
    public async Task RequestsWithAnUnknownOrNoTokenShareTheirAddressBucketWhileAValidTokenIsServed()
    {
        await using var hub = new DeviceHub(("Api:RateLimit:Burst", "3"), ("Api:RateLimit:PerSecond", "1"));
        using var guessing = hub.CreateHttpClient("aiot_guessed-token-that-does-not-exist");
        using var anonymous = hub.CreateHttpClient(null);
        using var owner = hub.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await guessing.GetAsync("/api/v1/homes", Ct)).StatusCode);

        // A guesser learns "unknown" a burst's worth of times, then only "slow down".
        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var noToken = await anonymous.GetAsync("/api/v1/homes", Ct);
        await AssertProblemAsync(noToken, HttpStatusCode.TooManyRequests);
        Assert.True(noToken.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/v1/homes", Ct)).StatusCode);
    }
}
