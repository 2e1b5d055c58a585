namespace AiotHub.Benchmarks.Load;

/// <summary>Resident memory per idle connected client with one subscription (10,000 clients).</summary>
internal sealed class IdleMemoryScenario(int clients) : LoadScenario
{
    public override string Name => $"Memory per idle client ({clients:N0} clients, 1 subscription each)";

    public override string Target => "≤ 4 KB per client";

    public override async Task<IReadOnlyList<Measurement>> RunAsync(BrokerProcess broker, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Warm the broker's code paths with a few clients first, so JIT and pools are not billed per client.
        var warm = await ConnectManyAsync(broker, 20, "warm", 20, cancellationToken);
        await DisposeAllAsync(warm);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var before = broker.ResidentBytes();

        var connections = await ConnectManyAsync(broker, clients, "idle", 100, cancellationToken);
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = 100, CancellationToken = cancellationToken },
            async (i, ct) => await connections[i].SubscribeAsync($"idle/{i}/state", 0, ct));
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var after = broker.ResidentBytes();
        await DisposeAllAsync(connections);
        var perClient = (after - before) / (double)clients;
        return [new Measurement("RSS per client", perClient / 1024.0, "KiB", HigherIsBetter: false,
            $"RSS {before / 1048576.0:F1} → {after / 1048576.0:F1} MiB")];
    }
}
