namespace AiotHub.Automation.Voice.Timers;

/// <summary>The part of a <see cref="VoiceResult"/> a timer keeps: what to do, not what was answered.</summary>
internal sealed record StoredAction(string Intent, string Language, IReadOnlyList<string> Targets, double? Number, string? Relative, string? Text)
{
    public static StoredAction From(VoiceResult result) =>
        new(result.Intent, result.Language, result.Targets, result.Number, result.Relative, result.Text);

    /// <summary>Null when a field a timer cannot do without is missing (a row from a damaged file).</summary>
    public VoiceResult? ToResult() =>
        string.IsNullOrEmpty(Intent) || Language is not ("en" or "zh") || Targets is null
            ? null
            : new VoiceResult(Intent, Language, Targets, Number, Relative, Text, "", [], []);
}
