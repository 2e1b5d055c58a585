using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Events;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// builder.AddDevices(): the "Devices" options, the profile catalog, the registry over its SQLite
/// file and the <see cref="DeviceBridge"/>. Call after AddMqtt, so the broker starts first and
/// stops last.
/// </summary>
internal static class DevicesHostingExtensions
{
    public const string DatabaseFileName = "hub.db";

    public static IHostApplicationBuilder AddDevices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DevicesOptions>().BindConfiguration(DevicesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DevicesOptions>, DevicesOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var logger = sp.GetRequiredService<ILogger<DeviceBridge>>();
            var directory = options.ResolveProfilesDirectory(environment.ContentRootPath)
                ?? throw new InvalidOperationException($"Devices:ProfilesDirectory '{options.ProfilesDirectory}' does not exist.");
            var catalog = ProfileCatalog.LoadDirectory(directory, out var problems);
            foreach (var problem in problems)
                DevicesLog.ProfileProblem(logger, problem);
            ProfileUploads.LoadInto(catalog, ProfileUploads.DirectoryFor(options, environment.ContentRootPath), sp.GetRequiredService<ILogger<ProfileUploads>>());
            var models = catalog.Latest().Count;
            DevicesLog.ProfilesLoaded(logger, models, directory);
            return catalog;
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var logger = sp.GetRequiredService<ILogger<DeviceBridge>>();
            var path = Path.Combine(Path.GetFullPath(options.DataDirectory, environment.ContentRootPath), DatabaseFileName);
            return DeviceStore.Open(path, new DeviceStoreOptions
            {
                FlushInterval = options.WriteBehindInterval,
                CommandRetention = options.CommandRetention,
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
                OnError = e => DevicesLog.StoreFailed(logger, e),
            });
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var store = sp.GetRequiredService<DeviceStore>();
            var registry = new DeviceRegistry(sp.GetRequiredService<ProfileCatalog>(), store, sp.GetRequiredService<TimeProvider>(), new DeviceRegistryOptions
            {
                CommandTimeout = options.CommandTimeout,
                CommandRetention = options.CommandRetention,
                MaxCommandsPerDevice = options.CommandsPerDevice,
                MaxPendingDevices = options.MaxPendingDevices,
                Events = sp.GetRequiredService<IOptions<EventsOptions>>().Value.ToFeedOptions(),
            });
            var logger = sp.GetRequiredService<ILogger<DeviceBridge>>();
            var devices = registry.ListDevices().Count;
            DevicesLog.RegistryOpened(logger, devices, store.Path);
            return registry;
        });
        services.AddSingleton<ProfileUploads>();
        services.AddSingleton<DeviceBridge>();
        services.AddHostedService(sp => sp.GetRequiredService<DeviceBridge>());
        return builder;
    }
}
