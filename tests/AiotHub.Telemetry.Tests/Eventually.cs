using System.Diagnostics;

namespace AiotHub.Telemetry.Tests;

/// <summary>Waits for a condition with a generous limit: the machine may be busy, the test never sleeps blindly.</summary>
internal static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (condition(value) || clock.Elapsed > timeout)
                return value;
            await Task.Delay(50, cancellationToken);
        }
    }

    public static Task<T> MatchesAsync<T>(Func<T> probe, Func<T, bool> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        MatchesAsync(() => Task.FromResult(probe()), condition, timeout, cancellationToken);
}
