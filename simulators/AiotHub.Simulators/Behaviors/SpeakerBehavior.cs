using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// A smart speaker: hears <see cref="Utterances.BuiltIn"/> now and then (or only what a scenario
/// scripts, via <see cref="Say"/>), emitting voice-command; play/pause drive the playing state;
/// play-text is accepted (and remembered, so tests and logs can see what was spoken).
/// </summary>
public sealed class SpeakerBehavior : DeviceBehavior
{
    private const string Playing = "play-control.playing-state";
    private DateTimeOffset _nextUtterance = DateTimeOffset.MaxValue;
    private int _nextBuiltIn;

    /// <summary>What play-text was asked to say, oldest first (the last 20).</summary>
    public Queue<string> Spoken { get; } = new();

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber("speaker.volume", 30 + device.Random.Next(40));
        _nextBuiltIn = device.Random.Next(Utterances.BuiltIn.Count);
        Plan(device);
    }

    public override void Advance(SimulatedDevice device, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (now < _nextUtterance)
            return;
        var (text, language) = Utterances.BuiltIn[_nextBuiltIn];
        _nextBuiltIn = (_nextBuiltIn + 1) % Utterances.BuiltIn.Count;
        Say(device, text, language);
        Plan(device);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
    }

    /// <summary>Emits intelligent-speaker.voice-command with the utterance, a confidence and the language.</summary>
    public static void Say(SimulatedDevice device, string utterance, string? language)
    {
        ArgumentNullException.ThrowIfNull(device);
        var args = new List<KeyValuePair<string, object>> { new("utterance", utterance), new("confidence", 80L + device.Random.Next(20)) };
        if (language is not null)
            args.Add(new("language", language));
        EmitIfDeclared(device, "intelligent-speaker", "voice-command", [.. args]);
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Name)
        {
            case "play": device.State.SetNumber(Playing, 1); return ActionOutcome.Applied;
            case "pause": device.State.SetNumber(Playing, 2); return ActionOutcome.Applied;
            case "play-text" or "execute-text-directive":
                if (input.ValueKind == JsonValueKind.Object
                    && (input.TryGetProperty("text", out var text) || input.TryGetProperty("1", out text)))
                {
                    Spoken.Enqueue(text.GetString() ?? string.Empty);
                    if (Spoken.Count > 20)
                        Spoken.Dequeue();
                }

                return ActionOutcome.Applied;
            default:
                return base.OnAction(device, service, action, input);
        }
    }

    private void Plan(SimulatedDevice device) =>
        _nextUtterance = device.Options.UtteranceInterval is { } mean && mean > TimeSpan.Zero
            ? device.Now + Exponential(device.Random, mean)
            : DateTimeOffset.MaxValue;
}
