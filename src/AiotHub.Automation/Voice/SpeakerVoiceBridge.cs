using System.Text.Json;
using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// The speaker path (issue 5 item 5): a speaker's intelligent-speaker.voice-command event goes to the
/// intent engine, and the answer goes back through that speaker's intelligent-speaker.play-text action.
/// Handled on the registry's event callback, which is raised outside its lock.
/// </summary>
public sealed class SpeakerVoiceBridge : IDisposable
{
    private const int MaxAnswerLength = 512; // play-text's "text" max-length in aiot.speaker.s1

    private readonly DeviceRegistry _registry;
    private readonly VoiceEngine _engine;

    public SpeakerVoiceBridge(DeviceRegistry registry, VoiceEngine engine)
    {
        _registry = registry;
        _engine = engine;
        _registry.EventReceived += OnEvent;
    }

    /// <summary>Raised after each utterance is handled: the speaker and the result.</summary>
    public event Action<string, VoiceResult>? Handled;

    public void Dispose() => _registry.EventReceived -= OnEvent;

    private void OnEvent(DeviceEventMessage message)
    {
        if (!_registry.TryGetDevice(message.DeviceId, out var speaker)
            || _registry.ProfileOf(speaker.Id) is not { } profile
            || ProfileMembers.FindEvent(profile, message.Key, out _) is not ({ Name: "intelligent-speaker" }, { Name: "voice-command" })
            || message.Arguments.ValueKind != JsonValueKind.Object
            || !message.Arguments.TryGetProperty("utterance", out var utterance) || utterance.GetString() is not { Length: > 0 } text)
            return;

        // BCP 47: "zh-CN", "zh-Hans" → zh; "en-US" → en; anything else is detected from the text.
        var tag = message.Arguments.TryGetProperty("language", out var language) ? language.GetString() : null;
        var lang = tag?.Split('-')[0].ToUpperInvariant() switch { "ZH" => "zh", "EN" => "en", _ => null };
        var result = _engine.Handle(speaker.HomeId, text, lang, "voice", speaker.Id);
        var answer = result.Answer.Length > MaxAnswerLength ? result.Answer[..MaxAnswerLength] : result.Answer;
        if (answer.Length > 0)
        {
            _registry.CallAction(speaker.Id, "intelligent-speaker.play-text", VoiceEngine.Json(w => w.WriteString("text", answer)));
        }

        Handled?.Invoke(speaker.Id, result);
    }
}
