namespace AiotHub.Gateway;

/// <summary>app.RunUntilStopped(): Run, where a stop requested while still starting is a clean exit.</summary>
internal static class GatewayRunExtensions
{
    public static void RunUntilStopped(this WebApplication app)
    {
        // Remembered, not asked afterwards: by the time Run throws, the lifetime (and its token source) is disposed.
        var stopRequested = false;
        using var stopping = app.Lifetime.ApplicationStopping.Register(() => Volatile.Write(ref stopRequested, true));
        try
        {
            app.Run();
        }
        catch (OperationCanceledException) when (Volatile.Read(ref stopRequested))
        {
            // SIGTERM while still starting (Kestrel not yet bound) cancels the start: that is a requested
            // stop, already drained by the hosted services, not a crash — exit 0 instead of aborting.
        }
    }
}
