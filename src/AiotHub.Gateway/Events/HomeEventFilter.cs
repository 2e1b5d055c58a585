using System.Diagnostics.CodeAnalysis;
using AiotHub.Core.Events;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Which events one stream delivers: those of its home (the subscription is per home), with
/// ?types= only of the listed types, and — for a guest limited to a list of scenes — scene runs of
/// those scenes only (the others' names are not its to see); for any guest, no automation runs,
/// whose traces a guest may not read either (notifications still reach it).
/// </summary>
internal sealed class HomeEventFilter(IReadOnlySet<string>? types, IReadOnlyList<string>? scenes = null, bool hideAutomationRuns = false)
{
    public IReadOnlySet<string>? Types { get; } = types;

    public bool Matches(HomeEvent homeEvent) =>
        (Types is null || Types.Contains(homeEvent.Type))
        && (scenes is null || homeEvent.Data is not SceneRunEvent run || scenes.Contains(run.SceneId, StringComparer.Ordinal))
        && !(hideAutomationRuns && homeEvent.Data is AutomationRunEvent);

    /// <summary>
    /// "?types=a,b&amp;types=c" → {a, b, c}; absent or empty → everything. False, with the first type not in
    /// <see cref="HomeEventCatalog.All"/>, for a misspelt type (which would otherwise leave the stream silent).
    /// </summary>
    public static bool TryParse(IEnumerable<string?> values, IReadOnlyList<string>? scenes, bool hideAutomationRuns,
        [NotNullWhen(true)] out HomeEventFilter? filter, [NotNullWhen(false)] out string? unknown)
    {
        var types = values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        unknown = types.FirstOrDefault(t => !HomeEventCatalog.IsKnown(t));
        filter = unknown is null ? new HomeEventFilter(types.Count == 0 ? null : types, scenes, hideAutomationRuns) : null;
        return unknown is null;
    }
}
