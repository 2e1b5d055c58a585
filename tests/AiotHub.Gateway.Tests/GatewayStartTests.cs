using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Transport;
using Microsoft.AspNetCore.Connections;

namespace AiotHub.Gateway.Tests;

/// <summary>How the hub's executable ends a start it cannot finish: one line that says what to change, no stack trace.</summary>
public sealed class GatewayStartTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnHttpPortInUseEndsTheStartWithOneLineNamingUrls()
    {
        using var taken = Occupy(out var port);
        await using var hub = GatewayProcess.Start(string.Create(CultureInfo.InvariantCulture, $"--Urls=http://127.0.0.1:{port}"));

        var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);

        Assert.True(exitCode == 1, $"exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (still running)"}:\n{hub.Output}");
        Assert.Contains($"Cannot start: HTTP address http://127.0.0.1:{port} is already in use. Change Urls.", hub.Output, StringComparison.Ordinal);
        AssertNoCrashReport(hub.Output);
    }

    [Fact]
    public async Task AnMqttPortInUseEndsTheStartWithOneLineNamingMqttPort()
    {
        using var taken = Occupy(out var port);
        await using var hub = GatewayProcess.Start(string.Create(CultureInfo.InvariantCulture, $"--Mqtt:Port={port}"));

        var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);

        Assert.True(exitCode == 1, $"exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (still running)"}:\n{hub.Output}");
        Assert.Contains($"Cannot start: MQTT port {port} on 127.0.0.1 is already in use. Change Mqtt:Port.", hub.Output, StringComparison.Ordinal);
        AssertNoCrashReport(hub.Output);
    }

    [Fact]
    public async Task SigtermWhileStartingIsACleanStopWithoutHostingFailedToStart()
    {
        // The hub is caught while starting when SIGTERM lands between its services' construction (the
        // profiles line) and Kestrel listening; on a fast machine that can be missed, so a few tries.
        var caught = false;
        for (var attempt = 0; attempt < 5 && !caught; attempt++)
        {
            await using var hub = GatewayProcess.Start();
            await Eventually.MatchesAsync(() => Task.FromResult(hub.Output), o => o.Contains("Device profiles:", StringComparison.Ordinal), Ct);
            await hub.TerminateAsync(Ct);

            var exitCode = await hub.WaitForExitAsync(ExitTimeout, Ct);

            Assert.True(exitCode == 0, $"exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (still running)"}:\n{hub.Output}");
            AssertNoCrashReport(hub.Output);
            caught = hub.Output.Contains("Stopped while starting, as asked.", StringComparison.Ordinal);
        }

        Assert.True(caught, "SIGTERM never reached the hub while it was starting");
    }

    [Fact]
    public void TheBrokersListenerErrorNamesItsPortAndTheSettingFollowsIt()
    {
        var inUse = new SocketException((int)SocketError.AddressAlreadyInUse);
        var tls = new MqttListenerException(new IPEndPoint(IPAddress.Any, 8883), isTls: true, inUse);
        var plain = new MqttListenerException(new IPEndPoint(IPAddress.Any, 1883), isTls: false, inUse);
        var options = new MqttBrokerOptions { Port = 1883, TlsPort = 8883 };

        Assert.Equal(new PortConflict("MQTT TLS port 8883 on 0.0.0.0 is already in use.", "Mqtt:TlsPort"), PortConflict.Find(tls, null, options));
        Assert.Equal(new PortConflict("MQTT port 1883 on 0.0.0.0 is already in use.", "Mqtt:Port"), PortConflict.Find(new AggregateException(plain), null, options));
    }

    [Fact]
    public void ABareSocketErrorWithBothListenersNamesThePortThatIsTaken()
    {
        using var taken = Occupy(out var port);
        var free = FreePort.Next();
        var error = new SocketException((int)SocketError.AddressAlreadyInUse);

        Assert.Equal("Mqtt:Port", PortConflict.Find(error, "127.0.0.1", new MqttBrokerOptions { Port = port, TlsPort = free })?.Setting);
        Assert.Equal("Mqtt:TlsPort", PortConflict.Find(error, "127.0.0.1", new MqttBrokerOptions { Port = free, TlsPort = port })?.Setting);
    }

    [Fact]
    public void KestrelsAddressInUseIsUrlsWithTheAddress()
    {
        var error = new IOException("Failed to bind to address http://127.0.0.1:8080: address already in use.", new AddressInUseException("Address already in use"));

        Assert.Equal(new PortConflict("HTTP address http://127.0.0.1:8080 is already in use.", "Urls"), PortConflict.Find(error, null, new MqttBrokerOptions()));
        Assert.Null(PortConflict.Find(new InvalidOperationException("something else"), null, new MqttBrokerOptions()));
    }

    private static void AssertNoCrashReport(string output)
    {
        Assert.DoesNotContain("Hosting failed to start", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static TcpListener Occupy(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }
}
