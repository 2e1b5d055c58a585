using System.Net;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.WebApp;

/// <summary>The companion app's files are served at / without a token; the API keeps its own answers.</summary>
public sealed class WebAppHostingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAppIsServedAtTheRootWithoutATokenAndRevalidatedOnEveryLoad()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);

        using var index = await anonymous.GetAsync("/", Ct);
        using var script = await anonymous.GetAsync("/app.js", Ct);

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/app.js\">", await index.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(index.Headers.CacheControl?.NoCache, "index.html must be revalidated");
        // The page holds a token: only its own scripts may run there, and it may not be framed.
        var policy = string.Join(";", index.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", index.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True(script.Headers.CacheControl?.NoCache, "the app's modules have no hashed names, so they are revalidated too");
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/devices/lamp-1")]
    [InlineData("/tokens")]
    public async Task AnAppRouteAnswersTheAppSoAReloadLandsInIt(string path)
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);

        using var response = await anonymous.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("<main id=\"main\">", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFallbackLeavesTheApiAnswersAlone()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();

        using var unknownApi = await owner.GetAsync("/api/v1/nothing-here", Ct);
        using var missingFile = await owner.GetAsync("/missing.js", Ct);
        using var wrongMethod = await owner.DeleteAsync("/api/v1/homes/home/devices", Ct);
        using var postToUnknownApi = await owner.PostAsync("/api/v1/homes/home/nothing-here", new StringContent("{}"), Ct);
        using var devices = await owner.GetAsync("/api/v1/homes/home/devices", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.Equal("application/problem+json", unknownApi.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missingFile.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postToUnknownApi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.Equal("application/json", devices.Content.Headers.ContentType?.MediaType);
    }
}
