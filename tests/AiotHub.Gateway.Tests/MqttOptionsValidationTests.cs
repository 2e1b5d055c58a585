using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// A bad "Mqtt" section stops the hub at start, and the message names the key to fix. These start a
/// plain host with the hub's own AddMqtt(); GatewayProcessTests shows the same through the real executable.
/// </summary>
public sealed class MqttOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Mqtt:Port", "70000", "Mqtt:Port")]
    [InlineData("Mqtt:ReceiveMaximum", "0", "Mqtt:ReceiveMaximum")]
    [InlineData("Mqtt:MaximumPacketSize", "3", "Mqtt:MaximumPacketSize")]
    [InlineData("Mqtt:Address", "not-an-ip", "Mqtt:Address")]
    [InlineData("Mqtt:TlsCertificatePath", "/nonexistent/hub.pfx", "Mqtt:TlsCertificatePath")]
    [InlineData("Mqtt:Users:$pair", "x", "Mqtt:Users")]
    [InlineData("Mqtt:Mode", "External", "Mqtt:Url")]
    [InlineData("Mqtt:Persistence:DataDirectory", "", "Mqtt:Persistence:DataDirectory")]
    public async Task StartFailsWithAMessageNamingTheBadKey(string key, string value, string namedKey)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync((key, value)));

        Assert.Contains(namedKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartFailsWhenTheExternalUrlIsNotAnMqttUrl()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Mode", "External"), ("Mqtt:Url", "http://broker:1883")));

        Assert.Contains("Mqtt:Url 'http://broker:1883/' must look like mqtt://host:port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartFailsWhenAnAclRuleHasAnInvalidTopicFilter()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Acl:0:Permission", "Allow"), ("Mqtt:Acl:0:Topic", "home/#/kitchen")));

        Assert.Contains("Mqtt:Acl:0:Topic 'home/#/kitchen'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartFailsWhenAnAclRuleHasNoPermission()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Mqtt:Acl:0:Topic", "home/#")));

        Assert.Contains("Mqtt:Acl:n:Permission is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownModeFailsNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => StartAsync(("Mqtt:Mode", "Cloud")));

        Assert.Contains("Mqtt:Mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultConfigurationStarts()
    {
        await StartAsync();
    }

    private static async Task StartAsync(params (string Key, string? Value)[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aiothub-options-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(
                [new("Mqtt:Persistence:DataDirectory", dataDirectory), new("Mqtt:Address", "127.0.0.1"), new("Mqtt:Port", "0")]);
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
            builder.AddMqtt();
            using var host = builder.Build();
            await host.StartAsync(Ct);
            await host.StopAsync(Ct);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
