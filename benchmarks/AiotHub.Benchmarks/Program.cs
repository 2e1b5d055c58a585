using AiotHub.Benchmarks.Load;
using BenchmarkDotNet.Running;

// `load`: side-by-side load run against Mosquitto; `serve`: the AiotHub broker process that run
// starts; anything else goes to BenchmarkDotNet (e.g. --filter '*PublishCodec*').
return args.FirstOrDefault() switch
{
    "load" when OperatingSystem.IsLinux() => await LoadCommand.RunAsync(args[1..]),
    // SERVE
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(LoadCommand).Assembly).Run(args);
    return 0;
}
