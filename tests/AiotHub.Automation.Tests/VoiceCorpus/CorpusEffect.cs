using System.Text.Json;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>
/// One thing an utterance made happen, as the home saw it: a command that reached a device's outbox (a property set or
/// an action call), a scene run started, the home mode changed. <see cref="After"/> is the delay of a spoken timer whose
/// firing sent it (null: at once).
/// </summary>
internal sealed record CorpusEffect(string? Device, string? Key, JsonElement? Value, string? Action, JsonElement? Arguments,
    string? Scene, string? Mode, TimeSpan? After)
{
    public override string ToString() =>
        (After is { } after ? $"[+{after.TotalSeconds}s] " : "")
        + (Scene is not null ? $"scene {Scene}" : Mode is not null ? $"mode {Mode}"
            : Key is not null ? $"{Device} {Key}={Value}" : $"{Device} {Action}({Arguments})");
}
