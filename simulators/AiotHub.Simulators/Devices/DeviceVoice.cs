using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Behaviors;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// The voice of a simulated device whose profile declares a <c>voice-command</c> event with an <c>utterance</c> argument
/// (a speaker, a TV's or a TV box's remote; docs/mqtt-protocol.md § Voice). It speaks only when told: a scenario's
/// <c>say</c> step (<see cref="SimulatedDevice.Say"/>), or the built-in utterances every
/// <see cref="SimulatedDeviceOptions.UtteranceInterval"/> on average when that is set (off by default: a simulated home
/// must not act on a real one by itself). The hub's answers — <c>play-text</c> or <c>show-message</c> calls — are
/// recorded in <see cref="Answers"/>. Called under the device's lock.
/// </summary>
public sealed class DeviceVoice
{
    private const int MaxAnswers = 20;

    private readonly ProfileService _service;
    private readonly ProfileEvent _event;
    private readonly Queue<string> _answers = new();
    private DateTimeOffset _next = DateTimeOffset.MaxValue;
    private int _nextBuiltIn;
    private long _sent;
    private long _answered;

    private DeviceVoice(ProfileService service, ProfileEvent @event)
    {
        _service = service;
        _event = @event;
    }

    /// <summary>"service.voice-command", the event this device's voice emits.</summary>
    public string EventKey => _service.Name + "." + _event.Name;

    /// <summary>voice-command events emitted.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Answers received (play-text or show-message calls).</summary>
    public long AnswersReceived => Interlocked.Read(ref _answered);

    /// <summary>The text of the last answers received, oldest first (at most 20).</summary>
    public IReadOnlyList<string> Answers
    {
        get
        {
            lock (_answers)
            {
                return [.. _answers];
            }
        }
    }

    /// <summary>The voice of a device of this profile, or null when the profile declares no voice-command event.</summary>
    public static DeviceVoice? For(DeviceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var service in profile.Services)
        {
            if (service.Events.FirstOrDefault(e => e.Name == "voice-command"
                && e.Arguments.Any(a => a.Name == "utterance" && a.Value.Format == PropertyFormat.String)) is { } found)
                return new DeviceVoice(service, found);
        }

        return null;
    }

    internal void Start(SimulatedDevice device)
    {
        _nextBuiltIn = device.Random.Next(Utterances.BuiltIn.Count);
        Plan(device);
    }

    internal void Advance(SimulatedDevice device, DateTimeOffset now)
    {
        if (now < _next)
            return;
        var (text, language) = Utterances.BuiltIn[_nextBuiltIn];
        _nextBuiltIn = (_nextBuiltIn + 1) % Utterances.BuiltIn.Count;
        Say(device, text, language, null);
        Plan(device);
    }

    /// <summary>Emits the voice-command event with the arguments the profile declares: the utterance, a confidence (80–99 unless given), the language.</summary>
    internal void Say(SimulatedDevice device, string utterance, string? language, int? confidence)
    {
        var args = new List<KeyValuePair<string, object>>();
        foreach (var declared in _event.Arguments)
        {
            object? value = declared.Name switch
            {
                "utterance" => utterance.Length > declared.Value.EffectiveMaxLength ? utterance[..declared.Value.EffectiveMaxLength] : utterance,
                "confidence" when declared.Value.Format.IsNumeric() => ProfileValues.Fit(declared.Value, confidence ?? 80 + device.Random.Next(20)),
                "language" when language is not null && declared.Value.Format == PropertyFormat.String => language,
                _ => declared.Optional ? null : ProfileValues.Default(declared.Value),
            };
            if (value is not null)
                args.Add(new(declared.Name, value));
        }

        Interlocked.Increment(ref _sent);
        device.Emit(_service.Name, _event.Name, args);
    }

    /// <summary>Records the text of a play-text or show-message call (the hub's answer); other actions are not answers.</summary>
    internal void OnAction(ProfileAction action, JsonElement input)
    {
        if (action.Name is not ("play-text" or "show-message") || input.ValueKind != JsonValueKind.Object
            || !(input.TryGetProperty("text", out var text) || input.TryGetProperty("1", out text)) || text.ValueKind != JsonValueKind.String)
            return;
        Interlocked.Increment(ref _answered);
        lock (_answers)
        {
            _answers.Enqueue(text.GetString()!);
            if (_answers.Count > MaxAnswers)
                _answers.Dequeue();
        }
    }

    private void Plan(SimulatedDevice device) =>
        _next = device.Options.UtteranceInterval is { } mean && mean > TimeSpan.Zero
            ? device.Now + (mean * -Math.Log(1 - device.Random.NextDouble()))
            : DateTimeOffset.MaxValue;
}
