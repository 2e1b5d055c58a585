using System.CommandLine;
using System.Globalization;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Households;

namespace AiotHub.Simulators.Cli;

/// <summary>
/// `aiothub-sim household`: a generated household's activity log as JSON lines, and optionally its planted truth
/// (simulators/README.md "Households"). No broker: the history is generated directly, seeded.
/// </summary>
internal static class HouseholdCommand
{
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed: the same seed (and --end) gives the same history", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Days = new("--days") { Description = $"Days of history, 1-{HouseholdOptions.MaxDays}", DefaultValueFactory = _ => 90 };
    private static readonly Option<int> Devices = new("--devices") { Description = $"Devices: the standard 24, or more with filler rooms (up to {HouseholdOptions.MaxDevices})" };
    private static readonly Option<bool> Noise = new("--noise") { Description = "A pure-noise household: the same life, no routine" };
    private static readonly Option<string?> End = new("--end") { Description = "The end of the history, ISO 8601 (default: now, to the minute)" };
    private static readonly Option<string> TimeZone = new("--time-zone") { Description = "The household's IANA time zone", DefaultValueFactory = _ => "Asia/Shanghai" };
    private static readonly Option<double> Latitude = new("--latitude") { Description = "Degrees north, for sunset", DefaultValueFactory = _ => 31.23 };
    private static readonly Option<double> Longitude = new("--longitude") { Description = "Degrees east, for sunset", DefaultValueFactory = _ => 121.47 };
    private static readonly Option<string> Home = new("--home") { Description = "The home id of every entry", DefaultValueFactory = _ => "home" };
    private static readonly Option<string[]> Profiles = new("--profiles")
    {
        Description = "Profile JSON files or directories of them (the shipped models are needed)",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["device-profiles"],
    };
    private static readonly Option<string?> Out = new("--out") { Description = "Write the JSON lines here instead of standard output" };
    private static readonly Option<string?> Truth = new("--truth") { Description = "Also write the planted truth, devices, automations and scenes (one JSON object) here" };

    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var command = new Command("household", "Writes a generated household's activity log as JSON lines (no broker), and its planted truth")
        {
            Seed, Days, Devices, Noise, End, TimeZone, Latitude, Longitude, Home, Profiles, Out, Truth,
        };
        command.SetAction(async (parse, token) =>
        {
            var errors = new List<string>();
            var options = Read(parse, time, errors);
            if (options is null)
            {
                foreach (var error in errors)
                    await stderr.WriteLineAsync(error).ConfigureAwait(false);
                await stderr.WriteLineAsync("Run 'aiothub-sim household --help' for usage.").ConfigureAwait(false);
                return SimCommand.UsageError;
            }

            var (profiles, profileErrors) = ProfileLoader.Load(parse.GetValue(Profiles) ?? []);
            foreach (var error in profileErrors)
                await stderr.WriteLineAsync(error).ConfigureAwait(false);
            Household household;
            try
            {
                household = HouseholdGenerator.Generate(options, profiles);
            }
            catch (ArgumentException e)
            {
                await stderr.WriteLineAsync(e.Message).ConfigureAwait(false);
                return SimCommand.Failed;
            }

            if (parse.GetValue(Out) is { } path)
            {
                await using var file = File.Create(path);
                HouseholdJson.WriteHistory(household.History, file);
            }
            else
            {
                using var buffer = new MemoryStream();
                HouseholdJson.WriteHistory(household.History, buffer);
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), token).ConfigureAwait(false);
            }

            if (parse.GetValue(Truth) is { } truthPath)
            {
                await using var file = File.Create(truthPath);
                HouseholdJson.WriteTruth(household, file);
            }

            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{household.History.Count} entries, {household.Devices.Count} devices, {household.Truth.Count} planted routines, {household.From:u} – {household.End:u}")).ConfigureAwait(false);
            return SimCommand.Ok;
        });
        return command;
    }

    private static HouseholdOptions? Read(ParseResult parse, TimeProvider time, List<string> errors)
    {
        var end = time.GetUtcNow();
        end = new DateTimeOffset(end.Ticks - (end.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        if (parse.GetValue(End) is { } text && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out end))
            errors.Add($"--end: not an ISO 8601 time: {text}");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(parse.GetValue(TimeZone)!, out var zone))
            errors.Add($"--time-zone: unknown time zone: {parse.GetValue(TimeZone)}");
        var options = new HouseholdOptions
        {
            Seed = parse.GetValue(Seed),
            Days = parse.GetValue(Days),
            Devices = parse.GetValue(Devices),
            Routines = !parse.GetValue(Noise),
            End = end,
            TimeZone = zone ?? TimeZoneInfo.Utc,
            Latitude = parse.GetValue(Latitude),
            Longitude = parse.GetValue(Longitude),
            HomeId = parse.GetValue(Home)!,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            errors.Add($"--{Flag(e.ParamName)}: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        return errors.Count == 0 ? options : null;
    }

    private static string Flag(string? option) => option switch
    {
        nameof(HouseholdOptions.Days) => "days",
        nameof(HouseholdOptions.Devices) => "devices",
        nameof(HouseholdOptions.HomeId) => "home",
        nameof(HouseholdOptions.Latitude) => "latitude",
        _ => (option ?? "options").ToLowerInvariant(),
    };
}
