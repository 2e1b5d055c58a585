using System.Diagnostics;

namespace AiotHub.Gateway.Tests;

/// <summary>Waits for a condition with a generous limit: the machine may be busy, the test never sleeps blindly.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (condition(value) || clock.Elapsed > Timeout)
            {
                return value;
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
