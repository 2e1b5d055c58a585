using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>
/// The closed bus does not shut out the household's own devices: a real device on the home network (another address
/// of this machine) pairs with a one-time code from the owner, works with the credentials it received, and stops
/// working the moment the owner rotates or revokes them — all on a hub with default settings, without a restart.
/// </summary>
[Collection(AttackCollection.Name)]
public sealed class PairedDeviceFromAnotherAddressTests
{
    private const int BadUserNameOrPassword = 0x86;
    private const int Banned = 0x8A;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADevicePairsFromTheHomeNetworkAndLosesAccessWhenItsCredentialsAreRotatedOrRevoked()
    {
        using var network = NetworkNamespace.Create();
        await using var hub = GatewayProcess.StartOnAllAddresses();
        using var owner = await hub.CreateOwnerClientAsync(Token);
        var device = Attacker.From(network, hub.MqttPort);

        using var created = await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { name = "Hall lamp" }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("code").GetString()!;

        var paired = await PairAsync(network, hub.MqttPort, code, "hall-lamp");
        Assert.Equal(0, paired.GetProperty("code").GetInt32());
        var secret = paired.GetProperty("password").GetString()!;

        // The code was for one device: a second use is refused.
        var again = await PairAsync(network, hub.MqttPort, code, "hall-lamp-2", expectAnswer: false);
        Assert.Equal(BadUserNameOrPassword, again.GetProperty("connack").GetInt32());

        var announce = await device.RunAsync(Token, "--v5", "--client-id", "hall-lamp", "--user", "hall-lamp", $"--password={secret}",
            "publish", "aiot/hall-lamp/announce", JsonSerializer.Serialize(new { model = "aiot.light.ceiling1" }), "--retain");
        Assert.Equal(0, announce.GetProperty("connack").GetInt32());
        Assert.Equal(0, announce.GetProperty("puback").GetInt32());
        var lamp = await Eventually.MatchesAsync(() => owner.GetAsync("/api/v1/homes/home/devices/hall-lamp", Token), r => r.IsSuccessStatusCode, Token);
        Assert.True(lamp.IsSuccessStatusCode, "the paired device never appeared:\n" + hub.Output);
        Assert.Equal("Hall lamp", (await lamp.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("name").GetString());
        var credentials = await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/hall-lamp/credentials", Token);
        Assert.Equal(network.PeerAddress.ToString(), credentials.GetProperty("lastAddress").GetString());

        using var rotated = await owner.PostAsync("/api/v1/homes/home/devices/hall-lamp/credentials/rotate", null, Token);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = (await rotated.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("password").GetString()!;
        Assert.Equal(BadUserNameOrPassword, (await Connect(device, "hall-lamp", secret)).GetProperty("connack").GetInt32());
        Assert.Equal(0, (await Connect(device, "hall-lamp", newSecret)).GetProperty("connack").GetInt32());

        using var revoked = await owner.PostAsync("/api/v1/homes/home/devices/hall-lamp/credentials/revoke", null, Token);
        Assert.True(revoked.IsSuccessStatusCode, await revoked.Content.ReadAsStringAsync(Token));
        Assert.Equal(BadUserNameOrPassword, (await Connect(device, "hall-lamp", newSecret)).GetProperty("connack").GetInt32());
        // Revoked, the id stays taken: nobody reaches it anonymously either, not even from the hub's own machine.
        var local = await Attacker.OnLoopback(hub.MqttPort).RunAsync(Token, "--v5", "--client-id", "hall-lamp", "connect");
        Assert.NotEqual(0, local.GetProperty("connack").GetInt32());
    }

    [Fact]
    public async Task GuessingPairingCodesFromTheHomeNetworkGetsTheAddressBanned()
    {
        using var network = NetworkNamespace.Create();
        await using var hub = GatewayProcess.StartOnAllAddresses();
        using var owner = await hub.CreateOwnerClientAsync(Token);
        using var created = await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { name = "Real device" }, Token);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("code").GetString()!;

        var answers = new List<int>();
        for (var guess = 0; guess < 7; guess++)
        {
            var wrong = (guess * 1_111_111 + 12_345).ToString("D10", CultureInfo.InvariantCulture);
            if (wrong == code.Replace("-", "", StringComparison.Ordinal))
                continue;
            answers.Add((await PairAsync(network, hub.MqttPort, wrong, "guesser", expectAnswer: false)).GetProperty("connack").GetInt32());
        }

        Assert.Equal(BadUserNameOrPassword, answers[0]);
        Assert.Equal(Banned, answers[^1]);
        // Banned, even the right code is refused from that address for now — and it still works for the real device later.
        Assert.Equal(Banned, (await PairAsync(network, hub.MqttPort, code, "guesser", expectAnswer: false)).GetProperty("connack").GetInt32());
        using var open = await owner.GetAsync("/api/v1/homes/home/pairings", Token);
        Assert.Equal(1, (await open.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("total").GetInt32());
    }

    private static Task<JsonElement> Connect(Attacker device, string id, string secret) =>
        device.RunAsync(Token, "--v5", "--client-id", id, "--user", id, $"--password={secret}", "connect");

    /// <summary>Runs Identity/pair_device.py (paho, MQTT 5) inside the namespace; the answer, or the CONNACK that refused it.</summary>
    private static async Task<JsonElement> PairAsync(NetworkNamespace network, int port, string code, string deviceId, bool expectAnswer = true)
    {
        var python = Requires.PythonPaho();
        var script = Path.Combine(AppContext.BaseDirectory, "Identity", "pair_device.py");
        var (executable, arguments) = network.Inside(python, script, network.HostAddress.ToString(), port.ToString(CultureInfo.InvariantCulture),
            code, deviceId, "aiot.light.ceiling1", "5");
        await using var process = ChildProcess.Start(executable, arguments);
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(40), Token) == 0, process.Describe());
        using var output = JsonDocument.Parse(process.Lines[^1]);
        var root = output.RootElement.Clone();
        if (expectAnswer)
        {
            Assert.True(root.TryGetProperty("response", out var response), "no pairing answer: " + process.Describe());
            return response;
        }

        Assert.True(root.TryGetProperty("connack", out _), "the pairing was not refused at CONNECT: " + process.Describe());
        return root;
    }
}
