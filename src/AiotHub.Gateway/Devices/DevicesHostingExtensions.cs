using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Events;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// builder.AddDevices(): the "Devices" options, the profile catalog (shipped and uploaded profiles, with who
/// uploaded them and what each home accepted), the registry over its SQLite file, the <see cref="IDeviceLink"/> (in-process with the embedded broker, Devices:Link) and the <see cref="DeviceBridge"/>. Call after AddMqtt, so the broker starts first and
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
        // The same section bound straight into the types Core uses (keys as documented: [ConfigurationKeyName] where a
        // property's name differs). What configuration cannot hold is set here, in one place: the clock, the store's
        // error sink, and the event feed's options, which are their own section ("Events", AddEvents).
        services.AddOptions<DeviceStoreOptions>().BindConfiguration(DevicesOptions.SectionName)
            .Configure<TimeProvider, ILogger<DeviceBridge>>((store, time, logger) =>
            {
                store.TimeProvider = time;
                store.OnError = e => DevicesLog.StoreFailed(logger, e);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeviceStoreOptions>, DeviceStoreOptionsValidator>();
        services.AddOptions<DeviceRegistryOptions>().BindConfiguration(DevicesOptions.SectionName)
            .Configure<IOptions<HomeEventFeedOptions>>((registry, events) => registry.Events = events.Value)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeviceRegistryOptions>, DeviceRegistryOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            return ProfileOwnershipStore.Open(DatabasePath(options, sp.GetRequiredService<IHostEnvironment>()));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var logger = sp.GetRequiredService<ILogger<DeviceBridge>>();
            var directory = options.ResolveProfilesDirectory(environment.ContentRootPath)
                ?? throw new InvalidOperationException($"Devices:ProfilesDirectory '{options.ProfilesDirectory}' does not exist.");
            var ownership = sp.GetRequiredService<ProfileOwnershipStore>();
            var catalog = new ProfileCatalog(new ProfileAcceptance(ownership, sp.GetRequiredService<TimeProvider>()));
            var shipped = ProfileCatalog.LoadDirectory(directory, out var problems);
            foreach (var problem in problems)
                DevicesLog.ProfileProblem(logger, problem);
            foreach (var profile in shipped.Latest().SelectMany(p => shipped.Versions(p.Model)))
                catalog.Add(profile, ProfileOrigin.Builtin);
            // Older shipped versions stay for the devices pinned to them (device-profiles/versions/, docs/device-profiles.md).
            var older = Path.Combine(directory, "versions");
            if (Directory.Exists(older))
            {
                var kept = ProfileCatalog.LoadDirectory(older, out var olderProblems);
                foreach (var problem in olderProblems)
                    DevicesLog.ProfileProblem(logger, "versions/" + problem);
                foreach (var profile in kept.Latest().SelectMany(p => kept.Versions(p.Model)).Where(p => shipped.Find(p.Model, p.Version) is null))
                    catalog.Add(profile, ProfileOrigin.Builtin);
            }
            ProfileUploads.LoadInto(catalog, ProfileUploads.DirectoryFor(options, environment.ContentRootPath), ownership.LoadUploads(),
                sp.GetRequiredService<ILogger<ProfileUploads>>());
            var models = catalog.Latest().Count;
            DevicesLog.ProfilesLoaded(logger, models, directory);
            return catalog;
        });
        services.AddSingleton<DeviceMessageDurability>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var store = DeviceStore.Open(DatabasePath(options, environment), sp.GetRequiredService<IOptions<DeviceStoreOptions>>().Value);
            sp.GetRequiredService<DeviceMessageDurability>().Add(store.WhenDurableAsync);
            return store;
        });
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<DeviceStore>();
            var registry = new DeviceRegistry(sp.GetRequiredService<ProfileCatalog>(), store, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<DeviceRegistryOptions>>().Value);
            var logger = sp.GetRequiredService<ILogger<DeviceBridge>>();
            var devices = registry.ListDevices().Count;
            DevicesLog.RegistryOpened(logger, devices, store.Path);
            return registry;
        });
        services.AddSingleton<ProfileUploads>();
        services.AddSingleton<ProfileUpdates>();
        services.AddSingleton<IDeviceLink>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var mqtt = sp.GetRequiredService<IOptions<MqttOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            if (mqtt.Mode == MqttMode.External)
                return new MqttClientDeviceLink(() => MqttClientDeviceLink.ForExternal(mqtt.Url!, time));
            var embedded = sp.GetRequiredService<EmbeddedBrokerService>();
            MqttBroker Broker() => embedded.Broker
                ?? throw new InvalidOperationException("The embedded broker has not started; AddMqtt must come before AddDevices.");
            return options.Link == DeviceLinkKind.MqttClient
                ? new MqttClientDeviceLink(() => MqttClientDeviceLink.ForEmbedded(Broker(), sp.GetRequiredService<HubClientCredentials>(), time))
                : new InProcessDeviceLink(Broker);
        });
        services.AddSingleton<DeviceBridge>();
        services.AddHostedService(sp => sp.GetRequiredService<DeviceBridge>());
        return builder;
    }

    private static string DatabasePath(DevicesOptions options, IHostEnvironment environment) =>
        Path.Combine(Path.GetFullPath(options.DataDirectory, environment.ContentRootPath), DatabaseFileName);
}
