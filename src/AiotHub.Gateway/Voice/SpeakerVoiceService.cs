using AiotHub.Automation.Voice;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Voice;

/// <summary>Listens for speakers' voice-command events while the hub runs (<see cref="SpeakerVoiceBridge"/>).</summary>
internal sealed class SpeakerVoiceService(DeviceRegistry registry, VoiceEngine engine) : IHostedService, IDisposable
{
    private SpeakerVoiceBridge? _bridge;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _bridge = new SpeakerVoiceBridge(registry, engine);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _bridge?.Dispose();
        _bridge = null;
    }
}
