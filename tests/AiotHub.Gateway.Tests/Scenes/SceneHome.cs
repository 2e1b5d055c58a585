using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Scenes;

/// <summary>The real hub with two online test devices, lamp-1 (a ceiling light) and speaker-1, and an owner's HTTP client.</summary>
internal sealed class SceneHome : IAsyncDisposable
{
    private SceneHome(DeviceHub hub, TestDevice lamp, TestDevice speaker)
    {
        Hub = hub;
        Lamp = lamp;
        Speaker = speaker;
        Http = hub.CreateHttpClient();
    }

    public DeviceHub Hub { get; }

    public HttpClient Http { get; }

    public TestDevice Lamp { get; }

    public TestDevice Speaker { get; }

    public static async Task<SceneHome> StartAsync(params (string Key, string? Value)[] settings)
    {
        var ct = TestContext.Current.CancellationToken;
        var hub = new DeviceHub(settings);
        try
        {
            var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", "aiot.light.ceiling1", ct);
            var speaker = await TestDevice.StartAsync(hub.Port, "speaker-1", "aiot.speaker.s1", ct);
            await hub.WaitOnlineAsync("lamp-1", ct);
            await hub.WaitOnlineAsync("speaker-1", ct);
            return new SceneHome(hub, lamp, speaker);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Lamp.DisposeAsync();
        await Speaker.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
