using AiotHub.Core.Activity;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Activity;

/// <summary>
/// builder.AddActivity(): the "Activity" section bound into <see cref="ActivityStoreOptions"/> (checked at start) and the
/// <see cref="ActivityStore"/> in hub.db, written behind in the same window as the twin (Devices:WriteBehindInterval), and
/// the recording of what happens into it.
/// Recording (<see cref="ActivityRecording"/>) starts with the hub: call before AddDevices, so it starts before the device link.
/// </summary>
internal static class ActivityHostingExtensions
{
    public static IHostApplicationBuilder AddActivity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ActivityStoreOptions>().BindConfiguration(ActivityStoreOptions.SectionName)
            .Configure<IOptions<DeviceStoreOptions>, ILogger<ActivityStore>>((options, devices, logger) =>
            {
                options.WriteBehindInterval = devices.Value.FlushInterval;
                options.OnError = e => ActivityLog.StoreFailed(logger, e);
                options.OnSetAside = (count, reason) => ActivityLog.RowsSetAside(logger, count, reason);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ActivityStoreOptions>, ActivityOptionsValidator>();
        services.AddSingleton(sp => new ActivityStore(sp.GetRequiredService<DeviceStore>().Path, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ActivityStoreOptions>>().Value));
        services.AddSingleton<ActivityRecording>();
        services.AddHostedService(sp => sp.GetRequiredService<ActivityRecording>());
        // Started with the hub so its meter exists for the first scrape (MetricsHostingExtensions adds the meter's name).
        services.AddSingleton<ActivityMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<ActivityMetrics>());
        return builder;
    }
}
