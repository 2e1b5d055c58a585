using AiotHub.Mqtt.Broker;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Mqtt;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Tests;

public sealed class EmbeddedBrokerServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthIsServiceUnavailableBeforeTheBrokerStartsAndAfterItStops()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-embedded-").FullName;
        try
        {
            var options = Options.Create(new MqttOptions { Address = "127.0.0.1", Persistence = new() { DataDirectory = data } });
            await using var service = new EmbeddedBrokerService(
                options, Options.Create(new MqttBrokerOptions { Port = 0 }), new HostingEnvironment { ContentRootPath = data }, TimeProvider.System, NullLogger<EmbeddedBrokerService>.Instance);

            Assert.Equal(StatusCodes.Status503ServiceUnavailable, StatusOf(HealthApi.GetHealth(new DefaultHttpContext(), service)));
            Assert.Empty(service.GetStatus().Listening!);

            await service.StartAsync(Ct);
            Assert.Equal(StatusCodes.Status200OK, StatusOf(HealthApi.GetHealth(new DefaultHttpContext(), service)));
            Assert.Single(service.GetStatus().Listening!);

            await service.StopAsync(Ct);
            Assert.Equal(StatusCodes.Status503ServiceUnavailable, StatusOf(HealthApi.GetHealth(new DefaultHttpContext(), service)));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task WithPersistenceTheBrokerRestoresItsRetainedMessagesAfterARestartAndReleasesTheStoreOnStop()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-embedded-").FullName;
        try
        {
            var options = Options.Create(new MqttOptions { Address = "127.0.0.1", Persistence = new() { DataDirectory = data } });
            await using (var service = new EmbeddedBrokerService(
                options, Options.Create(new MqttBrokerOptions { Port = 0 }), new HostingEnvironment { ContentRootPath = data }, TimeProvider.System, NullLogger<EmbeddedBrokerService>.Instance))
            {
                await service.StartAsync(Ct);
                await service.Broker!.PublishAsync(new AiotHub.Mqtt.MqttApplicationMessage
                {
                    Topic = "devices/plug-1/state",
                    Payload = "on"u8.ToArray(),
                    Retain = true,
                }, Ct);
                await service.StopAsync(Ct);
            }

            // StopAsync closed the store: a second one can open the directory.
            await using var again = new EmbeddedBrokerService(
                options, Options.Create(new MqttBrokerOptions { Port = 0 }), new HostingEnvironment { ContentRootPath = data }, TimeProvider.System, NullLogger<EmbeddedBrokerService>.Instance);
            await again.StartAsync(Ct);
            Assert.Equal(1, again.Broker!.Restored?.RetainedMessages);
            await again.StopAsync(Ct);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutPersistenceTheBrokerHasNoStore()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-embedded-").FullName;
        try
        {
            var options = Options.Create(new MqttOptions { Address = "127.0.0.1", Persistence = new() { Enabled = false, DataDirectory = data } });
            await using var service = new EmbeddedBrokerService(
                options, Options.Create(new MqttBrokerOptions { Port = 0 }), new HostingEnvironment { ContentRootPath = data }, TimeProvider.System, NullLogger<EmbeddedBrokerService>.Instance);
            await service.StartAsync(Ct);
            Assert.Null(service.Broker!.Restored);
            await service.StopAsync(Ct);
            Assert.Empty(Directory.EnumerateFileSystemEntries(data));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static int? StatusOf(Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> result) =>
        result.Result switch
        {
            Ok<HealthResponse> ok => ok.StatusCode,
            JsonHttpResult<HealthResponse> json => json.StatusCode,
            _ => null,
        };
}
