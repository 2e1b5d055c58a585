using System.Net;
using System.Text.RegularExpressions;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>
/// ?access_token= exists for the browser's EventSource, which cannot set headers: the live event
/// streams take it, every other endpoint refuses it (401) even when the token is valid.
/// </summary>
public sealed partial class QueryAccessTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheEventStreamAcceptsAValidTokenInTheQueryAndRefusesAnInvalidOne()
    {
        await using var hub = new DeviceHub(("Api:RateLimit:Enabled", "false"));
        var guest = hub.Tokens.Create("phone", [new("home", AccessRole.Guest)], expires: null).Secret;
        using var anonymous = hub.CreateHttpClient(null);

        using var stream = await anonymous.GetAsync($"/api/v1/homes/home/events?access_token={Uri.EscapeDataString(guest)}",
            HttpCompletionOption.ResponseHeadersRead, Ct);
        using var refused = await anonymous.GetAsync("/api/v1/homes/home/events?access_token=aiot_not-a-token", HttpCompletionOption.ResponseHeadersRead, Ct);
        using var otherHome = await anonymous.GetAsync($"/api/v1/homes/cabin/events?access_token={Uri.EscapeDataString(guest)}",
            HttpCompletionOption.ResponseHeadersRead, Ct);

        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherHome.StatusCode);
    }

    [Fact]
    public async Task EveryOtherEndpointRefusesAValidOwnerTokenInTheQuery()
    {
        await using var hub = new DeviceHub(("Api:RateLimit:Enabled", "false"));
        var owner = Uri.EscapeDataString(hub.Tokens.Create("owner", [new("home", AccessRole.Owner)], expires: null).Secret);
        using var anonymous = hub.CreateHttpClient(null);
        var endpoints = hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<QueryAccessTokenAllowed>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Path: Fill(e.RoutePattern.RawText!))))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints found");

        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"{path}?access_token={owner}");
            if (method is "POST" or "PUT" or "PATCH")
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await anonymous.SendAsync(request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
            Assert.Contains("invalid_request", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    // "{homeId}" → "home", any other parameter → "1" (which also satisfies ":int"): the request must get as far as authentication.
    private static string Fill(string pattern) =>
        Parameter().Replace(pattern, m => m.Groups[1].Value == "homeId" ? "home" : "1");

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]+)?\}")]
    private static partial Regex Parameter();
}
