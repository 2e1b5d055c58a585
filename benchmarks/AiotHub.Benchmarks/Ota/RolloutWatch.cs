using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// Follows one rollout through the maker's API (GET …/rollouts/{id} every <c>interval</c>) until a condition holds,
/// and keeps what it saw change: each new status or stage with the time since the watch began. A hub that does not
/// answer for a while (a restart) is waited for, not a failure.
/// </summary>
internal sealed class RolloutWatch(OtaFleet fleet, string rolloutId)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _changes = [];
    private string? _last;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>"12.3 s: staged, 10%" for each change seen.</summary>
    public IReadOnlyList<string> Changes => _changes;

    public JsonElement Last { get; private set; }

    /// <summary>Polls until <paramref name="done"/> holds for the rollout (true) or <paramref name="limit"/> passes (false).</summary>
    public async Task<bool> UntilAsync(Func<JsonElement, bool> done, TimeSpan limit, CancellationToken cancellationToken, TimeSpan? interval = null)
    {
        var until = _clock.Elapsed + limit;
        while (_clock.Elapsed < until)
        {
            if (await PollAsync(cancellationToken) && done(Last))
                return true;
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        return false;
    }

    /// <summary>Reads the rollout once into <see cref="Last"/>; false while the hub does not answer (a restart).</summary>
    public async Task<bool> PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            Last = await fleet.RolloutAsync(rolloutId, cancellationToken);
            Note(Last);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public static string Status(JsonElement rollout) => rollout.GetProperty("status").GetString() ?? "";

    /// <summary>The current ring's index: -1 for the testers, then 0, 1… for the stages.</summary>
    public static int StageIndex(JsonElement rollout) => rollout.GetProperty("stage").GetProperty("index").GetInt32();

    /// <summary>The current ring's name: "testers", "10%"…</summary>
    public static string Ring(JsonElement rollout) => rollout.GetProperty("stage").GetProperty("name").GetString() ?? "";

    /// <summary>A count ("offered", "succeeded", "failed", "notBack", "pending", "devices") of one ring: "testers", "10%"…</summary>
    public static int Count(JsonElement rollout, string ring, string name) =>
        rollout.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("name").GetString() == ring).GetProperty(name).GetInt32();

    /// <summary>A count summed over every stage.</summary>
    public static int Total(JsonElement rollout, string name) =>
        rollout.GetProperty("stages").EnumerateArray().Sum(s => s.GetProperty(name).GetInt32());

    /// <summary>The hub's own timeline of the rollout, each event's time given from the rollout's first event.</summary>
    public static IReadOnlyList<string> Timeline(JsonElement rollout)
    {
        var events = rollout.GetProperty("timeline").EnumerateArray().ToList();
        if (events.Count == 0)
            return [];
        var first = events[0].GetProperty("time").GetDateTimeOffset();
        return [.. events.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"+{(e.GetProperty("time").GetDateTimeOffset() - first).TotalSeconds,6:F1} s  {e.GetProperty("event").GetString()}  {(e.TryGetProperty("detail", out var d) ? d.ToString() : "")}"))];
    }

    public static string Describe(JsonElement rollout)
    {
        var stages = string.Join(", ", rollout.GetProperty("stages").EnumerateArray().Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.GetProperty("name").GetString()}: {s.GetProperty("devices").GetInt32()} devices, {s.GetProperty("offered").GetInt32()} offered, {s.GetProperty("succeeded").GetInt32()} ok, {s.GetProperty("failed").GetInt32()} failed, {s.GetProperty("notBack").GetInt32()} not back")));
        return $"{Status(rollout)} in {Ring(rollout)} [{stages}]";
    }

    private void Note(JsonElement rollout)
    {
        var now = string.Create(CultureInfo.InvariantCulture, $"{Status(rollout)}, {Ring(rollout)}");
        if (now == _last)
            return;
        _last = now;
        _changes.Add(string.Create(CultureInfo.InvariantCulture, $"{_clock.Elapsed.TotalSeconds,6:F1} s: {now}"));
    }
}
