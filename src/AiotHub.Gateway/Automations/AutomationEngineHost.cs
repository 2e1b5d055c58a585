using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Automations;

/// <summary>Starts the automation engine with the hub (resuming what a previous run left pending) and stops it at shutdown.</summary>
internal sealed class AutomationEngineHost(AutomationEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        engine.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await engine.DisposeAsync();
}
