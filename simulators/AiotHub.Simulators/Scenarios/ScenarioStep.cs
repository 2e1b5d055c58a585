using System.Text.Json;

namespace AiotHub.Simulators.Scenarios;

/// <summary>
/// One timeline entry, <see cref="At"/> after the start: a set (<see cref="Values"/>), an event
/// (<see cref="Event"/> with <see cref="Args"/>), an utterance (<see cref="Text"/>, <see cref="Language"/>, <see cref="Confidence"/>)
/// or a fault (<see cref="Fault"/> with its <see cref="Duration"/>, <see cref="Probability"/>, <see cref="Delay"/>).
/// </summary>
public sealed record ScenarioStep(TimeSpan At, string Device, ScenarioStepKind Kind, string Path)
{
    public JsonElement Values { get; init; }

    public string? Event { get; init; }

    public JsonElement Args { get; init; }

    public string? Text { get; init; }

    public string? Language { get; init; }

    /// <summary>The recogniser's confidence for a say step, percent (null: 80–99).</summary>
    public int? Confidence { get; init; }

    public string? Fault { get; init; }

    public TimeSpan? Duration { get; init; }

    public double Probability { get; init; } = 1;

    public TimeSpan Delay { get; init; }
}
