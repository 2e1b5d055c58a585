namespace AiotHub.Simulators.Scenarios;

public enum ScenarioStepKind
{
    /// <summary>Properties change on the device itself (someone pressed a button).</summary>
    Set,

    /// <summary>The device publishes an event.</summary>
    Event,

    /// <summary>A device that listens (speaker, TV, TV box) hears an utterance: its voice-command event.</summary>
    Say,

    /// <summary>A fault starts (or, with kind "clear", all stop).</summary>
    Fault,
}
