using AiotHub.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["store-throughput", .. var rest])
{
    await BrokerStoreBenchmarks.MeasureAsync(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
