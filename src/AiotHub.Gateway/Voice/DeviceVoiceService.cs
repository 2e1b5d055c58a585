using System.Diagnostics.Metrics;
using AiotHub.Automation.Voice;
using AiotHub.Core.Devices;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// While the hub runs: the voice of every device that listens (<see cref="SpeakerVoiceBridge"/>) with the per-device
/// rate limit and confidence threshold of Voice:Listeners, and its figures for /healthz and the meter
/// <c>AiotHub.Voice</c> (counters only, no labels: no home or device id).
/// </summary>
internal sealed class DeviceVoiceService : IHostedService, IDisposable
{
    public const string MeterName = "AiotHub.Voice";

    private readonly DeviceRegistry _registry;
    private readonly VoiceEngine _engine;
    private readonly VoiceListenerOptions _options;
    private readonly VoiceCommandLimiter _limiter;
    private SpeakerVoiceBridge? _bridge;
    private VoiceListenerStatus _last = new(0, 0, 0, 0, 0, 0);

    public DeviceVoiceService(DeviceRegistry registry, VoiceEngine engine, IOptions<VoiceListenerOptions> options, TimeProvider time, IMeterFactory meters)
    {
        _registry = registry;
        _engine = engine;
        _options = options.Value;
        _limiter = new VoiceCommandLimiter(_options.CommandsPerSecond, _options.Burst, time);
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("aiothub.voice.heard", () => GetStatus().Heard, "{utterance}",
            "Voice commands from listening devices in their home, admitted and valid (low-confidence ones included).");
        meter.CreateObservableCounter("aiothub.voice.answered", () => GetStatus().Answered, "{answer}",
            "Answers sent back to the device that heard the utterance (play-text, show-message).");
        meter.CreateObservableCounter("aiothub.voice.low_confidence", () => GetStatus().LowConfidence, "{utterance}",
            "Recognitions below Voice:Listeners:MinimumConfidence: not acted on, the device asked to repeat.");
        meter.CreateObservableCounter("aiothub.voice.invalid", () => GetStatus().Invalid, "{utterance}",
            "Voice commands with invalid arguments (utterance length, confidence outside 0-100, language tag): ignored.");
        meter.CreateObservableCounter("aiothub.voice.dropped", () => GetStatus().RateLimited, "{utterance}",
            "Voice commands dropped by the per-device rate limit (Voice:Listeners:CommandsPerSecond, Burst).");
    }

    /// <summary>The figures since the hub started (the last ones after it stopped).</summary>
    public VoiceListenerStatus GetStatus() => _bridge is { } b
        ? new(b.Heard, b.Answered, b.LowConfidence, b.Invalid, b.NotAccepted, b.Dropped)
        : _last;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _bridge = new SpeakerVoiceBridge(_registry, Understand, _options.MinimumConfidence, _limiter.TryTake);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_bridge is { } bridge)
        {
            _last = GetStatus();
            bridge.Dispose();
            _bridge = null;
        }
    }

    /// <summary>
    /// The one place a device's utterance reaches the assistant: with the device's home, source "voice" and the device
    /// as who started it. Redirect here to the assistant around the engine (taught utterances, the not-understood log)
    /// when it lands (src/AiotHub.Gateway/Voice/VoiceAssistant.cs).
    /// </summary>
    private VoiceResult Understand(string homeId, string text, string? language, string deviceId) =>
        _engine.Handle(homeId, text, language, "voice", deviceId);
}
