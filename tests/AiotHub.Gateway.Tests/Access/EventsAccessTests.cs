using System.Net;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>A home's live events are that home's data: only its tokens may open the stream.</summary>
public sealed class EventsAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnlyATokenOfTheHomeOpensItsEventStreams()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);
        using var maker = hub.CreateHttpClient(hub.Tokens.Create("maker", [new(null, AccessRole.DeviceMaker)], expires: null).Secret);
        using var stranger = hub.CreateHttpClient(hub.Tokens.Create("cabin", [new("cabin", AccessRole.Owner)], expires: null).Secret);
        using var guest = hub.CreateHttpClient(hub.Tokens.Create("guest", [new("home", AccessRole.Guest)], expires: null).Secret);

        foreach (var path in new[] { "/api/v1/homes/home/events", "/api/v1/homes/home/events/ws" })
        {
            var refused = await anonymous.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await maker.GetAsync(path, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path, Ct)).StatusCode);
        }

        // A guest sees the home's devices, so it may follow their changes too.
        using var response = await guest.GetAsync("/api/v1/homes/home/events", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
