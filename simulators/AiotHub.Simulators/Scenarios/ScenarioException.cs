namespace AiotHub.Simulators.Scenarios;

/// <summary>A scenario that does not fit the loaded profiles; <see cref="Errors"/> lists every problem.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<string> errors)
        : base("The scenario does not fit the profiles:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? [])) =>
        Errors = errors ?? [];

    public ScenarioException()
        : this([])
    {
    }

    public ScenarioException(string message)
        : this([message])
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
