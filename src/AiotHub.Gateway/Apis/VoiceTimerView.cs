using AiotHub.Automation.Voice.Timers;

namespace AiotHub.Gateway.Apis;

/// <summary>A pending spoken timer as the API shows it: when it runs, who set it, and what it will do.</summary>
internal sealed record VoiceTimerView(
    string Id, DateTimeOffset Created, DateTimeOffset Due, string Source, string? StartedBy,
    string Intent, string Language, IReadOnlyList<string> Targets, double? Number, string? Relative, string? Text)
{
    public static VoiceTimerView From(VoiceTimer timer) =>
        new(timer.Id, timer.Created, timer.Due, timer.Source, timer.StartedBy, timer.Action.Intent, timer.Action.Language,
            timer.Action.Targets, timer.Action.Number, timer.Action.Relative, timer.Action.Text);
}
