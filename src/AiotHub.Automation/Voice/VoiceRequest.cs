namespace AiotHub.Automation.Voice;

/// <summary>
/// The action read from an utterance's words: a verb, the setting it changes, an absolute <see cref="Value"/> or a
/// <see cref="Delta"/> (a step the user named: "再高两度"), <see cref="Word"/> for a value-list entry ("cool", "high")
/// or an app package, and whether the words alone imply a target ("too hot" needs no device named).
/// </summary>
internal sealed record VoiceRequest(VoiceVerb Verb, VoiceSetting Setting = VoiceSetting.None, double? Value = null, double? Delta = null, string? Word = null, bool Implied = false)
{
    /// <summary>Which part of a multi-part device ("left"/"right" rocker of a wall switch), when said.</summary>
    public string? Part { get; init; }

    /// <summary>Switch the device on as well ("all lights on at 30 percent").</summary>
    public bool AlsoOn { get; init; }

    public static readonly VoiceRequest None = new(VoiceVerb.None);

    public bool IsRelative => Verb is VoiceVerb.Up or VoiceVerb.Down;
}
