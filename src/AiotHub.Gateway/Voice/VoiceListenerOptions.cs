using AiotHub.Automation.Voice;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// Voice:Listeners — the devices that listen (speakers, TVs, TV boxes whose profile declares a voice-command event):
/// how sure a recognition must be, and how often one device may speak to the assistant.
/// </summary>
public sealed class VoiceListenerOptions
{
    public const string SectionName = "Voice:Listeners";

    /// <summary>Recognitions below this confidence (percent, 0–100) are not acted on; the device is asked to repeat.</summary>
    public int MinimumConfidence { get; set; } = SpeakerVoiceBridge.DefaultMinimumConfidence;

    /// <summary>Voice commands one device may send per second on average (a person speaks less; a device stuck in a loop more).</summary>
    public double CommandsPerSecond { get; set; } = 1;

    /// <summary>Voice commands one device may send at once before <see cref="CommandsPerSecond"/> applies.</summary>
    public int Burst { get; set; } = 3;
}
