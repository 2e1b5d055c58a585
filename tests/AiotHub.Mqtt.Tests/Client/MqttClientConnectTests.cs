using System.Diagnostics;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientConnectTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ConnectReportsSuccessAndNoSessionForACleanStart(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = new MqttClient(ClientFactory.Options(broker.Port, version));
        var states = new List<bool>();
        client.ConnectionStateChanged += (_, e) => states.Add(e.IsConnected);

        var result = await client.ConnectAsync(ct);

        Assert.Equal(MqttReasonCode.Success, result.ReasonCode);
        Assert.False(result.IsSessionPresent);
        Assert.True(client.IsConnected);
        await client.DisconnectAsync(cancellationToken: ct);
        Assert.False(client.IsConnected);
        Assert.Equal([true, false], states);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ConnectWithWrongPasswordThrowsWithBadUserNameOrPassword(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        var passwd = Requires.Executable("mosquitto_passwd", "mosquitto");
        var passwordFile = Path.Combine(Directory.CreateTempSubdirectory("aiothub-passwd-").FullName, "passwd");
        using (var process = Process.Start(passwd, ["-b", "-c", passwordFile, "alice", "secret"]))
        {
            await process.WaitForExitAsync(ct);
            Assert.Equal(0, process.ExitCode);
        }

        await using var broker = await MosquittoBroker.StartAsync(new() { PasswordFile = passwordFile }, ct);
        var options = ClientFactory.Options(broker.Port, version);
        options.UserName = "alice";
        options.Password = "wrong";
        await using var refused = new MqttClient(options);

        var error = await Assert.ThrowsAsync<MqttClientConnectException>(() => refused.ConnectAsync(ct));

        // 3.1.1 return code 4 (§3.2.2.3) arrives mapped to 5.0's 0x86; 5.0 mosquitto may say NotAuthorized.
        Assert.Contains(error.ReasonCode, new[] { MqttReasonCode.BadUserNameOrPassword, MqttReasonCode.NotAuthorized });
        Assert.False(refused.IsConnected);

        options.Password = "secret";
        await using var accepted = new MqttClient(options);
        Assert.Equal(MqttReasonCode.Success, (await accepted.ConnectAsync(ct)).ReasonCode);
    }

    [Fact]
    public async Task V311EmptyClientIdWithPersistentSessionIsRejected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var options = ClientFactory.Options(broker.Port, MqttProtocolVersion.V311, clientId: "");
        options.CleanStart = false;
        await using var client = new MqttClient(options);

        // §3.1.3.1: zero-byte ClientId with CleanSession 0 → return code 2, 5.0's ClientIdentifierNotValid.
        var error = await Assert.ThrowsAsync<MqttClientConnectException>(() => client.ConnectAsync(ct));
        Assert.Equal(MqttReasonCode.ClientIdentifierNotValid, error.ReasonCode);
    }

    [Fact]
    public async Task V500EmptyClientIdIsAssignedByTheServerAndAdopted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = new MqttClient(ClientFactory.Options(broker.Port, MqttProtocolVersion.V500, clientId: ""));

        var result = await client.ConnectAsync(ct);

        Assert.False(string.IsNullOrEmpty(result.AssignedClientIdentifier));
        Assert.Equal(result.AssignedClientIdentifier, client.ClientId);
        Assert.Equal(result.AssignedClientIdentifier, result.ClientId);
    }

    [Fact]
    public async Task V500ServerKeepAliveOverridesTheRequestedKeepAlive()
    {
        var ct = TestContext.Current.CancellationToken;
        var brokerOptions = new MosquittoBrokerOptions();
        brokerOptions.ExtraConfigLines.Add("max_keepalive 10");
        await using var broker = await MosquittoBroker.StartAsync(brokerOptions, ct);
        var options = ClientFactory.Options(broker.Port, MqttProtocolVersion.V500);
        options.KeepAlive = TimeSpan.FromSeconds(60);
        await using var client = new MqttClient(options);

        var result = await client.ConnectAsync(ct);

        Assert.Equal(TimeSpan.FromSeconds(10), result.KeepAlive);
    }

    [Fact]
    public async Task ConnectTimesOutWhenTheServerAcceptsButNeverSendsConnAck()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var options = ClientFactory.Options(broker.Port, MqttProtocolVersion.V500);
        options.ConnectTimeout = TimeSpan.FromSeconds(1);
        await using var client = new MqttClient(options);

        // The kernel completes the TCP handshake for a frozen process; CONNACK never comes.
        await broker.PauseAsync();
        try
        {
            await Assert.ThrowsAsync<TimeoutException>(() => client.ConnectAsync(ct));
        }
        finally
        {
            await broker.ResumeAsync();
        }

        Assert.False(client.IsConnected);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ConnectToAClosedPortFailsWithoutHanging(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = new MqttClient(ClientFactory.Options(FreePort.Next(), version));

        await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(ct));
        Assert.False(client.IsConnected);
    }
}
