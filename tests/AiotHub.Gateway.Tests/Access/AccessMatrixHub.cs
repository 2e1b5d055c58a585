using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>One hub for the whole role × endpoint matrix: a known device, a scene (good-night) and an automation (night) over it, and one token per role.</summary>
public sealed class AccessMatrixHub : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _secrets = new(StringComparer.Ordinal);

    // Hundreds of requests without a valid token from one (in-process) address would meet the
    // per-address rate limit; the matrix is about roles, RateLimitTests about limits.
    internal DeviceHub Hub { get; } = new(("Api:RateLimit:Enabled", "false"));

    /// <summary>A token of the default home that the owner row revokes (revoking twice is still 204).</summary>
    internal string SpareTokenId { get; private set; } = "";

    /// <summary>A room of the default home (rows rename it only with invalid names, so it never changes).</summary>
    internal string RoomId { get; private set; } = "";

    public ValueTask InitializeAsync()
    {
        Hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        var errors = new List<ProfileError>();
        var goodNight = SceneDefinitionReader.Read(DeviceHub.Json("""{"id":"good-night","name":"Good night","steps":[{"deviceId":"lamp-1","set":{"light.on":false}}]}"""), errors)!;
        Assert.Equal(SceneWriteStatus.Done, Hub.Services.GetRequiredService<SceneCatalog>().Create(DeviceRegistry.DefaultHomeId, goodNight).Status);
        const string home = DeviceRegistry.DefaultHomeId;
        var night = Hub.Services.GetRequiredService<AutomationCatalog>().Create(home, DeviceHub.Json(
            """{"id":"night","name":"Night","triggers":[{"kind":"time","at":"23:00"}],"actions":[{"kind":"set","deviceId":"lamp-1","properties":{"light.on":false}}]}"""));
        Assert.True(night.Status == AutomationWriteStatus.Done, string.Join("; ", night.Problems ?? []));
        _secrets["owner"] = Create(new AccessGrant(home, AccessRole.Owner));
        _secrets["member"] = Create(new AccessGrant(home, AccessRole.Member));
        _secrets["guest"] = Create(new AccessGrant(home, AccessRole.Guest, ["good-night"]));
        _secrets["integrator"] = Create(new AccessGrant(home, AccessRole.Integrator));
        // As the owner makes it (POST …/tokens, role device-maker): the namespace "acme", issued by this home, no access to it.
        _secrets["device-maker"] = Create(new AccessGrant(home, AccessRole.DeviceMaker, Namespace: "acme"));
        _secrets["other-home-owner"] = Create(new AccessGrant("cabin", AccessRole.Owner));
        _secrets["no-token"] = null;
        _secrets["unknown-token"] = "aiot_" + new string('A', 43);
        RoomId = Hub.Registry.CreateRoom(home, "Kitchen")!.Id;
        SpareTokenId = Hub.Tokens.Create("spare", [new AccessGrant(home, AccessRole.Guest)], expires: null).Token.Id;
        return ValueTask.CompletedTask;
    }

    internal HttpClient ClientFor(string role) => Hub.CreateHttpClient(_secrets[role]);

    public ValueTask DisposeAsync() => Hub.DisposeAsync();

    private string Create(AccessGrant grant) => Hub.Tokens.Create(grant.Role.ToString(), [grant], expires: null).Secret;
}
