using System.Text.Json;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// The documented lock-down (`Mqtt:AllowAnonymous=false` and a user per device): before issue 12, user `lamp-2`
/// connecting with client id `lamp-1` re-announced lamp-1 as another model and registered new devices.
/// </summary>
[Collection(AttackCollection.Name)]
public sealed class LockDownAttackTests
{
    private const int ClientIdentifierNotValid = 0x85;
    private const int NotAuthorized = 0x87;
    private const int V311IdentifierRejected = 2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AUserCanSpeakOnlyForItsOwnDevice()
    {
        await using var hub = GatewayProcess.Start("--Mqtt:AllowAnonymous=false", "--Mqtt:Users:lamp-1=first-secret", "--Mqtt:Users:lamp-2=second-secret");
        using var owner = await hub.CreateOwnerClientAsync(Token);
        var lamp1 = Attacker.OnLoopback(hub.MqttPort);

        // lamp-1 announces itself, as a device does.
        var announce = await lamp1.RunAsync(Token, "--v5", "--client-id", "lamp-1", "--user", "lamp-1", "--password", "first-secret",
            "publish", "aiot/lamp-1/announce", JsonSerializer.Serialize(new { model = "aiot.light.ceiling1" }), "--retain");
        Assert.Equal(0, announce.GetProperty("puback").GetInt32());
        var device = await Eventually.MatchesAsync(() => owner.GetAsync("/api/v1/homes/home/devices/lamp-1", Token), r => r.IsSuccessStatusCode, Token);
        Assert.True(device.IsSuccessStatusCode);

        // lamp-2 may not use lamp-1's client id, in either protocol version.
        var v5 = await lamp1.RunAsync(Token, "--v5", "--client-id", "lamp-1", "--user", "lamp-2", "--password", "second-secret", "connect");
        Assert.Equal(ClientIdentifierNotValid, v5.GetProperty("connack").GetInt32());
        var v311 = await lamp1.RunAsync(Token, "--client-id", "lamp-1", "--user", "lamp-2", "--password", "second-secret", "connect");
        Assert.Equal(V311IdentifierRejected, v311.GetProperty("connack").GetInt32());

        // Connected as itself, lamp-2 can neither re-announce lamp-1 nor register a device of its own invention.
        var reannounce = await lamp1.RunAsync(Token, "--v5", "--client-id", "lamp-2", "--user", "lamp-2", "--password", "second-secret",
            "publish", "aiot/lamp-1/announce", JsonSerializer.Serialize(new { model = "aiot.plug.meter1" }), "--retain");
        Assert.Equal(NotAuthorized, reannounce.GetProperty("puback").GetInt32());
        var ghost = await lamp1.RunAsync(Token, "--v5", "--client-id", "lamp-2", "--user", "lamp-2", "--password", "second-secret",
            "publish", "aiot/ghost-7/announce", JsonSerializer.Serialize(new { model = "aiot.plug.meter1" }), "--retain");
        Assert.Equal(NotAuthorized, ghost.GetProperty("puback").GetInt32());

        await Task.Delay(TimeSpan.FromSeconds(1), Token);
        var lamp = JsonDocument.Parse(await owner.GetStringAsync("/api/v1/homes/home/devices/lamp-1", Token)).RootElement;
        Assert.Equal("aiot.light.ceiling1", lamp.GetProperty("model").GetString());
        using var missing = await owner.GetAsync("/api/v1/homes/home/devices/ghost-7", Token);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
