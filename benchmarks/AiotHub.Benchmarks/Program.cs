using AiotHub.Benchmarks;
using AiotHub.Benchmarks.Hub;
using AiotHub.Benchmarks.Load;
using AiotHub.Benchmarks.Ota;
using AiotHub.Benchmarks.Suggestions;
using AiotHub.Benchmarks.Telemetry;
using AiotHub.Benchmarks.Voice;
using BenchmarkDotNet.Running;

// `load`: side-by-side load run against Mosquitto; `serve`: the AiotHub broker process that run
// starts; `hold`: N idle subscribed clients kept connected; `store-throughput`: the durable store under many producers;
// `automation-latency`: sensor → automation → command through the whole hub; `automation-limits`: the hostile imports
// against the hub process (memory, /healthz latency); `hub-storm`: 10,000 devices reconnecting to a restarted hub with a
// probe automation; `voice-latency`: the blind voice corpus through POST …/voice of a --demo hub; `influx-throughput`: the InfluxDB sink
// against VictoriaMetrics beside a bare writer; `recorder-throughput`: the embedded recorder; `suggestions`: the routine miner against
// seeded households' planted truth (precision, recall, CPU time); `ota`: firmware rollouts to 1,000 simulated devices (a bad
// release halted in the tester ring, a good one timed with the hub's CPU and memory, a hub restart mid-rollout); anything else goes to
// BenchmarkDotNet (e.g. --filter '*PublishCodec*').
return args switch
{
    ["load", .. var rest] when OperatingSystem.IsLinux() => await LoadCommand.RunAsync(rest),
    ["serve", .. var rest] => await BrokerHost.RunAsync(rest),
    ["hold", .. var rest] => await HoldCommand.RunAsync(rest),
    ["automation-latency", .. var rest] => await AutomationLatencyCommand.RunAsync(rest),
    ["automation-limits", .. var rest] => await AutomationLimitsCommand.RunAsync(rest),
    ["hub-storm", .. var rest] => await HubStormCommand.RunAsync(rest),
    ["influx-throughput", .. var rest] => await InfluxThroughputCommand.RunAsync(rest),
    ["recorder-throughput", .. var rest] => await RecorderThroughputCommand.RunAsync(rest),
    ["voice-latency", .. var rest] => await VoiceLatencyCommand.RunAsync(rest),
    ["store-throughput", .. var rest] => await MeasureStoreAsync(rest),
    ["suggestions", .. var rest] => SuggestionsCommand.Run(rest),
    ["ota", .. var rest] => await OtaRolloutCommand.RunAsync(rest),
    _ => RunBenchmarkDotNet(args),
};

static async Task<int> MeasureStoreAsync(string[] args)
{
    await BrokerStoreBenchmarks.MeasureAsync(args);
    return 0;
}

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(LoadCommand).Assembly).Run(args);
    return 0;
}
