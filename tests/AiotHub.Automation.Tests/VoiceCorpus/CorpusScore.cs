using System.Text.Json;
using AiotHub.Automation.Voice;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>
/// Whether a run did what its label says (tests/voice-corpus/README.md, LABELS rules). <c>act</c>: every expected
/// action happened — one of its <c>or</c> alternatives; within a group, an absolute value a device already has may be skipped — with
/// the timer's delay for <c>timer</c> items, and nothing else (a light switched on along with its brightness is
/// allowed). <c>answer</c>: nothing happened and the engine answered about the labelled devices. <c>ask</c>: nothing
/// happened and it asked. <c>nothing</c>: nothing happened. <see cref="Unnamed"/>: a device was acted on that the
/// label does not name at all (not among its actions, the devices asked about, or the candidates).
/// </summary>
internal sealed record CorpusScore(bool Right, bool Unnamed, string Why)
{
    public static CorpusScore Of(JsonElement item, CorpusRun run)
    {
        var expect = item.GetProperty("expect").GetString();
        var actions = item.TryGetProperty("actions", out var a) ? [.. a.EnumerateArray()] : new List<JsonElement>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
            foreach (var alternative in Alternatives(action))
                if (alternative.TryGetProperty("device", out var d))
                    named.Add(d.GetString()!);
        if (item.TryGetProperty("about", out var about))
            named.UnionWith(about.EnumerateArray().Select(x => x.GetProperty("device").GetString()!));
        if (item.TryGetProperty("candidates", out var candidates))
            named.UnionWith(candidates.EnumerateArray().Select(x => x.GetString()!));
        var unnamed = run.Effects.Any(e => e.Device is not null && !named.Contains(e.Device));

        var intent = run.Result.Intent;
        var right = expect switch
        {
            "act" => Acted(item, actions, run.Effects, out var why) ? (true, "") : (false, why),
            "answer" => run.Effects.Count > 0 ? (false, "acted on a question")
                : intent is VoiceIntents.Clarify or VoiceIntents.Unknown ? (false, $"no answer ({intent})")
                : about.EnumerateArray().Select(x => x.GetProperty("device").GetString()!).Except(run.Result.Targets).ToList() is { Count: > 0 } missing
                    ? (false, "did not answer about " + string.Join(",", missing)) : (true, ""),
            "ask" => run.Effects.Count > 0 ? (false, "acted instead of asking")
                : intent == VoiceIntents.Clarify ? (true, "") : (false, $"did not ask ({intent})"),
            "nothing" => run.Effects.Count > 0 ? (false, "acted") : (true, ""),
            _ => (false, $"unknown expect '{expect}'"),
        };
        return new CorpusScore(right.Item1, unnamed, right.Item2);
    }

    private static IEnumerable<JsonElement> Alternatives(JsonElement action) =>
        action.TryGetProperty("or", out var or) ? [action, .. or.EnumerateArray()] : [action];

    private static bool Acted(JsonElement item, List<JsonElement> actions, IReadOnlyList<CorpusEffect> effects, out string why)
    {
        TimeSpan? delay = item.TryGetProperty("delaySeconds", out var seconds) ? TimeSpan.FromSeconds(seconds.GetDouble()) : null;
        var used = new HashSet<CorpusEffect>();
        foreach (var action in actions)
        {
            var matched = false;
            foreach (var alternative in Alternatives(action))
            {
                var hits = effects.Where(e => Matches(alternative, e) && SameDelay(delay, e.After)).ToList();
                if (hits.Count > 0)
                {
                    used.UnionWith(hits);
                    matched = true;
                    break;
                }
            }

            // A device that already is as asked may be skipped within a group ("turn everything off").
            if (!matched && !(actions.Count > 1 && AlreadyTrue(action)))
            {
                why = "missing " + action.GetRawText();
                return false;
            }
        }

        // Anything else that happened must be a harmless companion: switching on a device that was also set.
        var expectedDevices = actions.SelectMany(Alternatives).Where(x => x.TryGetProperty("device", out _))
            .Select(x => x.GetProperty("device").GetString()).ToHashSet(StringComparer.Ordinal);
        var extra = effects.Where(e => !used.Contains(e)
            && !(e.Device is not null && expectedDevices.Contains(e.Device) && e.Key is not null && e.Key.EndsWith(".on", StringComparison.Ordinal)
                 && e.Value is { ValueKind: JsonValueKind.True })).ToList();
        why = extra.Count > 0 ? "also " + string.Join("; ", extra) : used.Count == 0 ? "did nothing" : "";
        return extra.Count == 0 && used.Count > 0;
    }

    private static bool SameDelay(TimeSpan? expected, TimeSpan? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs((a - expected.Value).TotalSeconds) <= 1;

    private static bool Matches(JsonElement expected, CorpusEffect effect)
    {
        if (expected.TryGetProperty("scene", out var scene))
            return effect.Scene == scene.GetString();
        if (expected.TryGetProperty("mode", out var mode))
            return effect.Mode == mode.GetString();
        if (effect.Device != expected.GetProperty("device").GetString())
            return false;
        if (expected.TryGetProperty("action", out var action))
        {
            if (effect.Action != action.GetString())
                return false;
            if (!expected.TryGetProperty("arguments", out var arguments))
                return true;
            foreach (var argument in arguments.EnumerateObject())
                if (effect.Arguments is not { ValueKind: JsonValueKind.Object } given || !given.TryGetProperty(argument.Name, out var value)
                    || !SameValue(argument.Value, value))
                    return false;
            return true;
        }

        var key = expected.GetProperty("property").GetString();
        if (effect.Key != key || effect.Value is not { } sent)
            return false;
        if (expected.TryGetProperty("value", out var wanted))
            return SameValue(wanted, sent);
        var change = expected.GetProperty("change").GetString();
        if (sent.ValueKind != JsonValueKind.Number || CorpusHome.State(effect.Device!, key!) is not { ValueKind: JsonValueKind.Number } now)
            return false;
        return change == "up" ? sent.GetDouble() > now.GetDouble() : sent.GetDouble() < now.GetDouble();
    }

    /// <summary>An absolute value the device already reports: not doing it again is right too.</summary>
    private static bool AlreadyTrue(JsonElement action) =>
        Alternatives(action).Any(x => x.TryGetProperty("device", out var device) && x.TryGetProperty("property", out var key)
            && x.TryGetProperty("value", out var value) && CorpusHome.State(device.GetString()!, key.GetString()!) is { } now && SameValue(value, now));

    private static bool SameValue(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => Math.Abs(a.GetDouble() - b.GetDouble()) < 0.01,
        (JsonValueKind.True or JsonValueKind.False, JsonValueKind.True or JsonValueKind.False) => a.ValueKind == b.ValueKind,
        (JsonValueKind.String, JsonValueKind.String) => string.Equals(a.GetString(), b.GetString(), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
