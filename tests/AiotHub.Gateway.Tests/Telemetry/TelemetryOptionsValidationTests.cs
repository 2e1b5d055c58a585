using AiotHub.Gateway.Telemetry;
using AiotHub.Telemetry.Influx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests.Telemetry;

/// <summary>A bad "Telemetry:Influx" section stops the hub at start with a message naming the setting.</summary>
public sealed class TelemetryOptionsValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("V1", "Bucket", "home", "Telemetry:Influx:Database is required")]
    [InlineData("V2", "Database", "home", "Telemetry:Influx:Bucket is required")]
    [InlineData("V2", "Bucket", "home", null)]
    [InlineData("V1", "Database", "home", null)]
    public async Task TheExportNeedsADatabaseForV1AndABucketForV2(string api, string key, string value, string? expected)
    {
        (string, string?)[] settings = [("Telemetry:Influx:Url", "http://127.0.0.1:9"), ("Telemetry:Influx:Api", api), ($"Telemetry:Influx:{key}", value)];
        if (expected is null)
        {
            await StartAsync(services => Assert.NotNull(services.GetRequiredService<TelemetryService>().Sink), settings);
            return;
        }

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(_ => { }, settings));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARelativeUrlIsRefusedWithItsSettingNamed()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(_ => { }, ("Telemetry:Influx:Url", "/influx"), ("Telemetry:Influx:Bucket", "home")));
        Assert.Contains("Telemetry:Influx:Url '/influx' must be an absolute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAUrlThereIsNoExportAndTheRecorderFileIsInTheDataDirectory()
    {
        await StartAsync(services =>
        {
            var telemetry = services.GetRequiredService<TelemetryService>();
            Assert.Null(telemetry.Sink);
            Assert.Null(telemetry.GetStatus().Influx);
            var data = services.GetRequiredService<IOptions<AiotHub.Gateway.Devices.DevicesOptions>>().Value.DataDirectory;
            Assert.True(File.Exists(Path.Combine(data, "telemetry.db")));
        });
    }

    private static Task StartAsync(Action<IServiceProvider> check, params (string Key, string? Value)[] settings) =>
        HubServicesHost.StartAsync(builder => builder.AddTelemetry(), check, settings, Ct);
}
