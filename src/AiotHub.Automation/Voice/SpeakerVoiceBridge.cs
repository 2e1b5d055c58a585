using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>
/// The voice path of every device that listens (issue 14 item 6; the name is from issue 5, when only speakers did): a
/// device whose profile declares an event named <c>voice-command</c> with an <c>utterance</c> argument, in any service —
/// a speaker, a TV's or a TV box's remote. Its utterance goes to the assistant with the device's home, source "voice"
/// and the device as who started it; the answer goes back to that device only, through the answer action its profile
/// declares (<see cref="FindAnswerAction"/>: play-text on a speaker, show-message on a screen), in the utterance's language.
/// A device not yet taken into its home (new or pending) is not heard; the arguments are checked (docs/mqtt-protocol.md
/// § Voice); a recognition below <see cref="MinimumConfidence"/> is not acted on and is answered with a request to repeat.
/// Handled on the registry's event callback, which is raised outside its lock, possibly from several threads at once.
/// </summary>
public sealed partial class SpeakerVoiceBridge : IDisposable
{
    /// <summary>The longest utterance acted on, in UTF-16 units: the assistant's one limit (<see cref="VoiceText.MaxUtteranceLength"/>).</summary>
    public const int MaxUtteranceLength = VoiceText.MaxUtteranceLength;

    /// <summary>The default for <see cref="MinimumConfidence"/>.</summary>
    public const int DefaultMinimumConfidence = 60;

    private const string VoiceEvent = "voice-command";

    private readonly DeviceRegistry _registry;
    private readonly Func<string, string, string?, string, VoiceResult> _handle;
    private readonly Func<string, bool>? _admit;
    private long _heard;
    private long _answered;
    private long _lowConfidence;
    private long _invalid;
    private long _notAccepted;
    private long _dropped;

    /// <summary>Every utterance goes straight to <paramref name="engine"/>; no rate limit.</summary>
    public SpeakerVoiceBridge(DeviceRegistry registry, VoiceEngine engine)
        : this(registry, (homeId, text, language, deviceId) => engine.Handle(homeId, text, language, "voice", deviceId))
    {
        ArgumentNullException.ThrowIfNull(engine);
    }

    /// <param name="registry">Where the events come from and the answers go.</param>
    /// <param name="handle">Understands and carries out (homeId, text, language "en"/"zh"/null, deviceId) — the assistant.</param>
    /// <param name="minimumConfidence">Recognitions below this percentage are not acted on (0–100).</param>
    /// <param name="admit">Asked per utterance with the device id before anything else; false drops it (counted in <see cref="Dropped"/>).</param>
    public SpeakerVoiceBridge(DeviceRegistry registry, Func<string, string, string?, string, VoiceResult> handle,
        int minimumConfidence = DefaultMinimumConfidence, Func<string, bool>? admit = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumConfidence, 100);
        _registry = registry;
        _handle = handle;
        _admit = admit;
        MinimumConfidence = minimumConfidence;
        _registry.EventReceived += OnEvent;
    }

    /// <summary>Raised after each utterance is handled: the device that heard it and the result.</summary>
    public event Action<string, VoiceResult>? Handled;

    public int MinimumConfidence { get; }

    /// <summary>Voice commands from devices in their home that were admitted and valid (low-confidence ones included).</summary>
    public long Heard => Interlocked.Read(ref _heard);

    /// <summary>Answers sent back to the device that heard the utterance.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>Utterances below <see cref="MinimumConfidence"/>: not acted on, answered with a request to repeat.</summary>
    public long LowConfidence => Interlocked.Read(ref _lowConfidence);

    /// <summary>Voice commands whose arguments broke docs/mqtt-protocol.md § Voice (empty or too long, confidence outside 0–100, a bad language tag): ignored.</summary>
    public long Invalid => Interlocked.Read(ref _invalid);

    /// <summary>Voice commands from devices not taken into their home (new or pending): ignored.</summary>
    public long NotAccepted => Interlocked.Read(ref _notAccepted);

    /// <summary>Voice commands the admit check refused (the per-device rate limit): ignored.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Dispose() => _registry.EventReceived -= OnEvent;

    /// <summary>Whether the profile declares a voice-command event with an utterance argument, in any service.</summary>
    public static bool Listens(DeviceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Services.Any(s => s.Events.Any(IsVoiceCommand));
    }

    /// <summary>
    /// The action that carries an answer back to the device, as "service.action": one named <c>play-text</c> (spoken),
    /// else <c>show-message</c> (on a screen), with a string <c>text</c> in-argument and no other required one; null if none.
    /// </summary>
    public static (string Key, int MaxLength)? FindAnswerAction(DeviceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var name in (string[])["play-text", "show-message"])
        {
            foreach (var service in profile.Services)
            {
                if (service.FindAction(name) is { } action
                    && action.In.FirstOrDefault(a => a.Name == "text") is { Value.Format: PropertyFormat.String } text
                    && action.In.All(a => a == text || a.Optional))
                    return (service.Name + "." + name, text.Value.EffectiveMaxLength);
            }
        }

        return null;
    }

    /// <summary>The assistant's words when the recognition was too unsure to act on.</summary>
    public static string RepeatAnswer(string language) =>
        language == "zh" ? "抱歉，我没听清，请再说一遍。" : "Sorry, I didn't catch that. Please say it again.";

    private static bool IsVoiceCommand(ProfileEvent @event) =>
        @event.Name == VoiceEvent && @event.Arguments.Any(a => a.Name == "utterance" && a.Value.Format == PropertyFormat.String);

    private void OnEvent(DeviceEventMessage message)
    {
        if (!_registry.TryGetDevice(message.DeviceId, out var device)
            || _registry.ProfileOf(device.Id) is not { } profile
            || ProfileMembers.FindEvent(profile, message.Key, out _) is not (_, { } @event)
            || !IsVoiceCommand(@event))
            return;
        if (device.Status != DeviceStatus.Active)
        {
            Interlocked.Increment(ref _notAccepted);
            return;
        }

        if (_admit is { } admit && !admit(device.Id))
        {
            Interlocked.Increment(ref _dropped);
            return;
        }

        if (!TryRead(message.Arguments, out var text, out var confidence, out var language))
        {
            Interlocked.Increment(ref _invalid);
            return;
        }

        Interlocked.Increment(ref _heard);
        VoiceResult result;
        if (confidence < MinimumConfidence)
        {
            Interlocked.Increment(ref _lowConfidence);
            var lang = language ?? VoiceText.DetectLanguage(text);
            result = new VoiceResult(VoiceIntents.Unknown, lang, [], null, null, null, RepeatAnswer(lang), [], []);
        }
        else
        {
            result = _handle(device.HomeId, text, language, device.Id);
        }

        if (result.Answer.Length > 0 && FindAnswerAction(profile) is var (action, maxLength))
        {
            var answer = Shorten(result.Answer, maxLength);
            if (_registry.CallAction(device.Id, action, TextArgument(answer)).Errors.Count == 0)
                Interlocked.Increment(ref _answered);
        }

        Handled?.Invoke(device.Id, result);
    }

    /// <summary>
    /// docs/mqtt-protocol.md § Voice: <c>utterance</c> 1–512 characters of visible text; <c>confidence</c> (when sent) a
    /// percentage 0–100 (absent counts as sure); <c>language</c> (optional) a BCP 47 tag of at most 35 characters, of
    /// which zh… and en… choose the answer's language and any other leaves it to the text.
    /// </summary>
    private static bool TryRead(JsonElement args, out string text, out double confidence, out string? language)
    {
        (text, confidence, language) = (string.Empty, 100, null);
        if (args.ValueKind != JsonValueKind.Object
            || !args.TryGetProperty("utterance", out var utterance) || utterance.ValueKind != JsonValueKind.String)
            return false;
        text = utterance.GetString()!.Trim();
        if (text.Length is 0 or > MaxUtteranceLength || text.Any(char.IsControl))
            return false;
        if (args.TryGetProperty("confidence", out var c) && c.ValueKind != JsonValueKind.Null
            && (!c.TryGetDouble(out confidence) || !double.IsFinite(confidence) || confidence is < 0 or > 100))
            return false;
        if (args.TryGetProperty("language", out var tag) && tag.ValueKind != JsonValueKind.Null)
        {
            if (tag.ValueKind != JsonValueKind.String || tag.GetString() is not { Length: <= 35 } value || !LanguageTag().IsMatch(value))
                return false;
            language = value.Split('-')[0].ToUpperInvariant() switch { "ZH" => "zh", "EN" => "en", _ => null };
        }

        return true;
    }

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units, never half a surrogate pair.</summary>
    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }

    private static JsonElement TextArgument(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(text.Length * 3 + 16);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // BCP 47's shape, loosely: a 2–8 letter language, then subtags of 1–8 letters or digits.
    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
