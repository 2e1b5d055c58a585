using System.Diagnostics;
using AiotHub.Automation.Voice;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.VoiceCorpus;

/// <summary>One utterance said to a fresh <see cref="CorpusHome"/>: the engine's result, everything the home saw happen, and how long the engine took.</summary>
internal sealed record CorpusRun(VoiceResult Result, IReadOnlyList<CorpusEffect> Effects, TimeSpan Elapsed, bool Failed)
{
    public static async Task<CorpusRun> SayAsync(string utterance)
    {
        await using var home = new CorpusHome();
        var scenes = CorpusHome.Json.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var runsBefore = scenes.ToDictionary(s => s, s => home.Runner.ListRuns(CorpusHome.Home, s).Count, StringComparer.Ordinal);
        var modeBefore = home.Modes.Get(CorpusHome.Home).Mode;

        var watch = Stopwatch.StartNew();
        var result = home.Engine.Handle(CorpusHome.Home, utterance, null, "voice", "corpus");
        watch.Stop();

        var effects = new List<CorpusEffect>();
        Drain(home.Registry, effects, null);
        effects.AddRange(scenes.Where(s => home.Runner.ListRuns(CorpusHome.Home, s).Count > runsBefore[s])
            .Select(s => new CorpusEffect(null, null, null, null, null, s, null, null)));
        // A mode set to what it already is changes nothing the home can see; the engine's claim counts only when the
        // home is then in that mode.
        var mode = home.Modes.Get(CorpusHome.Home).Mode;
        if (mode != modeBefore || result.Intent == VoiceIntents.SetHomeMode && result.Text == mode)
            effects.Add(new CorpusEffect(null, null, null, null, null, null, mode, null));

        // Spoken timers: let each come due and see what it does.
        var start = home.Clock.GetUtcNow();
        foreach (var timer in home.Timers.List(CorpusHome.Home))
        {
            var wait = timer.Due - home.Clock.GetUtcNow();
            home.Clock.Advance(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            Drain(home.Registry, effects, timer.Due - start);
        }

        return new CorpusRun(result, effects, watch.Elapsed, home.Engine.UnderstandFailures > 0);
    }

    private static void Drain(DeviceRegistry registry, List<CorpusEffect> effects, TimeSpan? after)
    {
        while (registry.TakeOutbound() is { } request)
        {
            switch (request)
            {
                case SetPropertiesRequest set:
                    effects.AddRange(set.Values.Select(v => new CorpusEffect(set.DeviceId, v.Key, v.Value, null, null, null, null, after)));
                    break;
                case CallActionRequest call:
                    effects.Add(new CorpusEffect(call.DeviceId, null, null, call.Action, call.Arguments, null, null, after));
                    break;
            }
        }
    }
}
