using AiotHub.Gateway.Devices;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway;

/// <summary>
/// Earlier versions kept relative data directories below the working directory. When hub.db is
/// there and not in today's data directory, the hub says so at start instead of silently starting
/// empty (it moves nothing: which copy is the right one is the owner's call).
/// </summary>
internal sealed class LegacyDataNotice(IConfiguration configuration, IOptions<DevicesOptions> devices, ILogger<LegacyDataNotice> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration[$"{DevicesOptions.SectionName}:{nameof(DevicesOptions.DataDirectory)}"] ?? new DevicesOptions().DataDirectory;
        if (string.IsNullOrWhiteSpace(configured) || Path.IsPathRooted(configured))
            return Task.CompletedTask;
        var current = devices.Value.DataDirectory;
        var old = Path.GetFullPath(configured, Environment.CurrentDirectory);
        if (!string.Equals(old, current, StringComparison.Ordinal) && File.Exists(Path.Combine(old, DevicesHostingExtensions.DatabaseFileName))
            && !File.Exists(Path.Combine(current, DevicesHostingExtensions.DatabaseFileName)))
            HostingLog.OldDataFound(logger, old, current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
