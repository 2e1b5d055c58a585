using System.Globalization;
using System.Text;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// `load`: runs every scenario against Mosquitto and AiotHub side by side in one run, each broker
/// in its own process on loopback, with the same limits and the same load generator, and prints a
/// markdown table of the figures and AiotHub's ratio to Mosquitto.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var duration = TimeSpan.FromSeconds(Option(args, "--duration", 10));
        var clients = Option(args, "--clients", 10_000);
        var only = OptionText(args, "--only");
        var output = OptionText(args, "--out");
        var limits = new BrokerLimits(MaxInflight: Option(args, "--max-inflight", 100), MaxQueued: Option(args, "--max-queued", 1_000),
            Persistence: args.Contains("--persistence"), Stats: args.Contains("--broker-stats"));
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

        var runs = new List<(LoadScenario Scenario, int? PinCore)>
        {
            (new FanInQos0Scenario(), null),
            (new FanInQos0Scenario(), 0),
            (new FanInQos1Scenario(), null),
            (new FloodQos0Scenario(4), null),
            (new FloodQos0Scenario(16), null),
            (new FloodQos0Scenario(64), null),
            (new FanOutScenario(), null),
            (new LatencyScenario(), null),
            (new IdleMemoryScenario(clients), null),
            (new ReconnectStormScenario(clients), null),
        };

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {duration.TotalSeconds:F0} s per figure, limits: {limits.MaxInflight} in flight, {limits.MaxQueued} queued per client{(limits.Persistence ? "; persistence on (AiotHub: journal fsynced before each acknowledgement; Mosquitto: persistence true, periodic save; the QoS 1 subscriber has a persistent session)" : "")}.");
        report.AppendLine();
        report.AppendLine("| scenario | broker cores | metric | Mosquitto | AiotHub | AiotHub ÷ Mosquitto | target | notes |");
        report.AppendLine("|---|---|---|---:|---:|---:|---|---|");
        foreach (var (scenario, pin) in runs)
        {
            if (only is not null && !scenario.Key.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Console.Error.WriteLine($"== {scenario.Name} ({(pin is null ? "whole machine" : "broker pinned to one core")})");
            var generatorAffinity = pin is null ? null : (nint?)(1 << 1);
            var mosquitto = await RunOnceAsync(scenario, pin, generatorAffinity, limits, duration, mosquittoBroker: true, cancel.Token);
            var aiothub = await RunOnceAsync(scenario, pin, generatorAffinity, limits, duration, mosquittoBroker: false, cancel.Token);
            for (var i = 0; i < mosquitto.Count; i++)
            {
                var m = mosquitto[i];
                var a = aiothub[i];
                var ratio = m.HigherIsBetter ? a.Value / m.Value : m.Value / a.Value;
                var ratioText = m.HigherIsBetter ? $"{ratio:F2}×" : $"{a.Value / m.Value:F2}× ({(ratio >= 1 ? "better" : "worse")})";
                if (scenario is IdleMemoryScenario)
                {
                    ratioText = $"{a.Value / m.Value:F2}×";
                }

                var line = $"| {scenario.Name} | {(pin is null ? "2 (shared)" : "1 (pinned)")} | {m.Metric} | {Format(m)} | {Format(a)} | {ratioText} | {(pin is null ? scenario.Target : scenario.PinnedTarget)} | Mosquitto: {m.Detail}; AiotHub: {a.Detail} |";
                report.AppendLine(line);
                Console.Error.WriteLine(line);
            }
        }

        Console.WriteLine(report.ToString());
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, report.ToString());
        }

        return 0;
    }

    private static async Task<IReadOnlyList<Measurement>> RunOnceAsync(LoadScenario scenario, int? pinCore, nint? generatorAffinity,
        BrokerLimits limits, TimeSpan duration, bool mosquittoBroker, CancellationToken cancellationToken)
    {
        var self = System.Diagnostics.Process.GetCurrentProcess();
        var previousAffinity = self.ProcessorAffinity;
        await using var broker = mosquittoBroker
            ? await BrokerProcess.StartMosquittoAsync(limits, pinCore, cancellationToken)
            : await BrokerProcess.StartAiotHubAsync(limits, pinCore, cancellationToken);
        if (generatorAffinity is { } affinity)
        {
            self.ProcessorAffinity = affinity;
        }

        try
        {
            return await scenario.RunAsync(broker, duration, cancellationToken);
        }
        finally
        {
            self.ProcessorAffinity = previousAffinity;
        }
    }

    private static string Format(Measurement m) =>
        m.Unit == "msg/s" ? $"{m.Value:N0} {m.Unit}" : $"{m.Value:N1} {m.Unit}";

    private static int Option(string[] args, string name, int fallback)
    {
        var text = OptionText(args, name);
        return text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
