namespace AiotHub.Automation.Voice;

/// <summary>Which setting a <see cref="VoiceVerb.Set"/>, <see cref="VoiceVerb.Up"/> or <see cref="VoiceVerb.Down"/> changes; None lets the device pick its main one.</summary>
internal enum VoiceSetting
{
    None,
    Brightness,
    ColorTemperature,
    Color,
    Temperature,
    Mode,
    FanLevel,
    Volume,
    Position,

    /// <summary>A boolean feature named by <see cref="VoiceRequest.Word"/> (its property key): eco, swing, child lock.</summary>
    Feature,
}
