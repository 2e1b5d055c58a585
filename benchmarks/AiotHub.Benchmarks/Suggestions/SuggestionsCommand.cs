using System.Diagnostics;
using System.Globalization;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Households;

namespace AiotHub.Benchmarks.Suggestions;

/// <summary>
/// `suggestions`: the routine miner against planted truth (docs/benchmarks.md "Suggestions"). Generates seeded
/// households (simulators/Households), mines each at its end, scores the suggestions with <see cref="RoutineMatcher"/>
/// and prints a Markdown table of precision and recall per household, the pure-noise households' suggestions, and the
/// miner's CPU time (<see cref="Process.TotalProcessorTime"/> around the mining alone, best of a few passes, after a
/// warm-up) for each household's device count and days.
/// Options: --seeds 1-8 (a range or a comma list), --noise-seeds 1-4, --devices 50, --days 90, --noise-per-hour 0.8,
/// --passes 3, --verbose.
/// </summary>
internal static class SuggestionsCommand
{
    public static int Run(string[] args)
    {
        var seeds = Seeds(Option(args, "--seeds") ?? "1-8");
        var noiseSeeds = Seeds(Option(args, "--noise-seeds") ?? "1-4");
        var devices = int.Parse(Option(args, "--devices") ?? "50", CultureInfo.InvariantCulture);
        var days = int.Parse(Option(args, "--days") ?? "90", CultureInfo.InvariantCulture);
        var passes = int.Parse(Option(args, "--passes") ?? "3", CultureInfo.InvariantCulture);
        var noise = double.Parse(Option(args, "--noise-per-hour") ?? "0.8", CultureInfo.InvariantCulture);
        var verbose = args.Contains("--verbose");
        var profiles = Profiles();
        var end = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Households of {devices} devices, {days} days, {noise} noise actions an hour, ending {end:yyyy-MM-dd HH:mm} UTC; measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores."));
        output.WriteLine();
        output.WriteLine("| household | entries | planted | suggested | found | false | missed | precision | recall | miner CPU |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var (planted, suggested, found) = (0, 0, 0);
        var worstCpu = TimeSpan.Zero;
        var details = new List<string>();
        foreach (var seed in seeds)
        {
            var household = HouseholdGenerator.Generate(new HouseholdOptions { Seed = seed, End = end, Days = days, Devices = devices, NoisePerHour = noise }, profiles);
            var (suggestions, cpu) = Measure(household, passes);
            var report = RoutineMatcher.Score(household, suggestions);
            worstCpu = cpu > worstCpu ? cpu : worstCpu;
            (planted, suggested, found) = (planted + household.Truth.Count, suggested + report.Suggestions, found + report.Matches.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| seed {seed} | {household.History.Count:N0} | {household.Truth.Count} | {report.Suggestions} | {report.Matches.Count} | {report.FalsePositives.Count} | {report.Missed.Count} | {report.Precision:0.00} | {report.Recall:0.00} | {cpu.TotalMilliseconds:N0} ms |"));
            details.Add($"seed {seed}: {report}");
            details.AddRange(report.FalsePositives.Select(f => $"  false {f.Suggestion.Key}: support {f.Suggestion.Support}, confidence {f.Suggestion.Confidence}, replay {f.Suggestion.Replay.Runs}/{f.Suggestion.Replay.Matched}/{f.Suggestion.Replay.Missed}"));
        }

        var noiseSuggestions = 0;
        foreach (var seed in noiseSeeds)
        {
            var household = HouseholdGenerator.Generate(new HouseholdOptions { Seed = seed, End = end, Days = days, Devices = devices, Routines = false, NoisePerHour = noise }, profiles);
            var (suggestions, cpu) = Measure(household, passes);
            worstCpu = cpu > worstCpu ? cpu : worstCpu;
            noiseSuggestions += suggestions.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| noise {seed} | {household.History.Count:N0} | 0 | {suggestions.Count} | – | {suggestions.Count} | – | – | – | {cpu.TotalMilliseconds:N0} ms |"));
            details.AddRange(suggestions.Select(s => $"noise {seed}: false {s.Kind} \"{s.Title.En}\" ({s.Support}×, {s.Confidence})"));
        }

        var precision = suggested == 0 ? 1 : (double)found / suggested;
        var recall = planted == 0 ? 1 : (double)found / planted;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | | {planted} | {suggested} | {found} | {suggested - found} | {planted - found} | **{precision:0.00}** | **{recall:0.00}** | max {worstCpu.TotalMilliseconds:N0} ms |"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pure-noise households: {noiseSuggestions} suggestions. Targets: precision ≥ 0.9, recall ≥ 0.8, 0 from noise, ≤ 2 s CPU."));
        if (verbose)
        {
            output.WriteLine();
            foreach (var line in details)
                output.WriteLine(line);
        }

        return precision >= 0.9 && recall >= 0.8 && noiseSuggestions == 0 && worstCpu <= TimeSpan.FromSeconds(2) ? 0 : 1;
    }

    /// <summary>The miner's CPU time on this process (it runs on the calling thread): the best of <paramref name="passes"/> after a warm-up.</summary>
    private static (IReadOnlyList<Suggestion> Suggestions, TimeSpan Cpu) Measure(Household household, int passes)
    {
        var input = household.ToMiningInput();
        var suggestions = RoutineMiner.Mine(input);
        var best = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Math.Max(1, passes); i++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            RoutineMiner.Mine(input);
            process.Refresh();
            var cpu = process.TotalProcessorTime - before;
            best = cpu < best ? cpu : best;
        }

        return (suggestions, best);
    }

    private static List<int> Seeds(string text) =>
        [.. text.Split(',').SelectMany(part => part.Split('-') is [var a, var b]
            ? Enumerable.Range(int.Parse(a, CultureInfo.InvariantCulture), int.Parse(b, CultureInfo.InvariantCulture) - int.Parse(a, CultureInfo.InvariantCulture) + 1)
            : [int.Parse(part, CultureInfo.InvariantCulture)])];

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static List<DeviceProfile> Profiles()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "device-profiles");
            if (Directory.Exists(candidate))
            {
                return [.. Directory.GetFiles(candidate, "*.json").Order(StringComparer.Ordinal)
                    .Select(f => DeviceProfileParser.ParseFile(f)).Where(r => r.IsValid).Select(r => r.Profile!)];
            }
        }

        throw new DirectoryNotFoundException("device-profiles not found above " + AppContext.BaseDirectory);
    }
}
