using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Devices;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// builder.AddFirmwareCatalog(): the "Ota" section bound into <see cref="OtaOptions"/> (checked at start), the
/// "firmware" tables in hub.db, the images below Devices:DataDirectory (Ota:ImageDirectory), the download links and
/// the <see cref="FirmwareCatalog"/> the rollout engine reads. Call after AddDevices.
/// </summary>
internal static class FirmwareCatalogHostingExtensions
{
    public const string ImageFetchClient = "firmware-images";

    public static IHostApplicationBuilder AddFirmwareCatalog(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OtaOptions>().BindConfiguration(OtaOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OtaOptions>, OtaOptionsValidator>();
        services.AddSingleton(sp => FirmwareStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<OtaOptions>>().Value.ImageDirectory;
            var data = sp.GetRequiredService<IOptions<DevicesOptions>>().Value.DataDirectory;
            return new FirmwareImages(Path.IsPathRooted(configured) ? configured : Path.GetFullPath(configured, Path.GetFullPath(data)));
        });
        services.AddSingleton(sp => DownloadLinkKey.LoadOrCreate(Path.GetFullPath(sp.GetRequiredService<IOptions<DevicesOptions>>().Value.DataDirectory)));
        services.AddSingleton<FirmwareDownloads>();
        services.AddSingleton<FirmwareDownloadBaseUrl>();
        services.AddSingleton<FirmwareCatalog>();
        services.AddSingleton<FirmwareUploads>();
        services.AddHttpClient(ImageFetchClient)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = true, MaxAutomaticRedirections = 3, UseCookies = false,
                ConnectCallback = ImageFetchAddresses.Connect(sp.GetRequiredService<IOptions<OtaOptions>>().Value.AllowPrivateImageUrls),
            })
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        return builder;
    }
}
