using System.Globalization;
using System.Net;

namespace AiotHub.Benchmarks.Load;

/// <summary>
/// `hold`: connects N idle clients with one subscription each to a broker and keeps them until
/// Ctrl+C — for looking inside a broker under that load (heap dumps, RSS) outside a scenario.
/// </summary>
internal static class HoldCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(Value(args, "--port") ?? "1883", CultureInfo.InvariantCulture);
        var clients = int.Parse(Value(args, "--clients") ?? "10000", CultureInfo.InvariantCulture);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        var connections = new LoadConnection[clients];
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = 100 }, async (i, ct) =>
        {
            connections[i] = await LoadConnection.ConnectAsync(endPoint, $"hold-{i}", ct);
            await connections[i].SubscribeAsync($"idle/{i}/state", 0, ct);
        });
        Console.WriteLine($"{clients} clients connected and subscribed; Ctrl+C to disconnect them.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
