using AiotHub.Core.Events;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Which events one stream delivers: those of its home (the subscription is per home) and, with
/// ?types=, of the listed types. The place for per-token visibility rules when authorization lands.
/// </summary>
internal sealed class HomeEventFilter(IReadOnlySet<string>? types)
{
    public IReadOnlySet<string>? Types { get; } = types;

    public bool Matches(HomeEvent homeEvent) => Types is null || Types.Contains(homeEvent.Type);

    /// <summary>"?types=a,b&amp;types=c" → {a, b, c}; absent or empty → everything.</summary>
    public static HomeEventFilter Parse(IEnumerable<string?> values)
    {
        var types = values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new HomeEventFilter(types.Count == 0 ? null : types);
    }
}
