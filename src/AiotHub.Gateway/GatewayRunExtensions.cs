using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway;

/// <summary>
/// app.RunUntilStopped(): start, wait for SIGTERM, stop — and say in one line why a start could not
/// go on. The host's own "Hosting failed to start" (a stack trace, whatever the cause) is turned off
/// (<see cref="HubLoggingExtensions"/>); every failure it would have reported is reported here instead.
/// </summary>
internal static class GatewayRunExtensions
{
    /// <returns>The process exit code: 0 for a requested stop (also while starting), 1 when the hub could not start or failed.</returns>
    public static int RunUntilStopped(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(HostingLog.Category);
        // Remembered, not asked afterwards: once the host is disposed, so is the lifetime's token source.
        var stopRequested = false;
        using var stopping = app.Lifetime.ApplicationStopping.Register(() => Volatile.Write(ref stopRequested, true));
        try
        {
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                var exitCode = ExplainFailedStart(e, Volatile.Read(ref stopRequested), app, logger);
                // Without this, disposing cancels the background services already running as if they had
                // failed ("the host is stopping"), with a stack trace each.
                app.Lifetime.StopApplication();
                return exitCode;
            }

            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception e)
        {
            HostingLog.Failed(logger, e);
            return 1;
        }
        finally
        {
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int ExplainFailedStart(Exception e, bool stopRequested, WebApplication app, ILogger logger)
    {
        if (stopRequested && Leaves(e).All(l => l is OperationCanceledException))
        {
            // SIGTERM while still starting (say, Kestrel not yet bound) cancels the start: a requested stop, not a crash.
            HostingLog.StoppedWhileStarting(logger);
            return 0;
        }

        if (PortConflict.Find(e, app.Services.GetRequiredService<IOptions<MqttOptions>>().Value.Address,
                app.Services.GetRequiredService<IOptions<MqttBrokerOptions>>().Value) is { } conflict)
        {
            HostingLog.PortInUse(logger, conflict.Problem, conflict.Setting);
            return 1;
        }

        if (Leaves(e).All(l => l is OptionsValidationException))
        {
            foreach (var failure in Leaves(e).Cast<OptionsValidationException>().SelectMany(v => v.Failures))
                HostingLog.SettingRefused(logger, failure);
            return 1;
        }

        HostingLog.Failed(logger, e);
        return 1;
    }

    // The host throws a service's exception as it is, or several in an AggregateException.
    private static IEnumerable<Exception> Leaves(Exception exception) =>
        exception is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Leaves) : [exception];
}
