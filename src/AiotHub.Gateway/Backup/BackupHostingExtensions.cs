using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Backup;

/// <summary>
/// builder.AddBackup(): the "Backup" options and <see cref="HubBackup"/> behind POST /api/v1/backup, and the data
/// directory's lock that keeps <c>aiothub restore</c> from writing under the running hub. Call after AddDevices.
/// </summary>
internal static class BackupHostingExtensions
{
    public static IHostApplicationBuilder AddBackup(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        builder.Services.AddSingleton<HubBackup>();
        builder.Services.AddHostedService<HubDataLockService>();
        return builder;
    }
}
