using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// builder.AddFeedback(): the <see cref="DeviceHealthReader"/> (the rollout engine's command threshold and the makers'
/// health view) and feedback from homes to makers in hub.db (module "feedback"; docs/ota.md "Feedback from homes"),
/// with the "Feedback" section's bounds checked at start.
/// </summary>
internal static class FeedbackHostingExtensions
{
    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DeviceHealthReader>();
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedbackOptions>, FeedbackOptionsValidator>();
        services.AddSingleton(sp => new FeedbackStore(sp.GetRequiredService<DeviceStore>().Path,
            sp.GetRequiredService<IOptions<FeedbackOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FirmwareChanges(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<DeviceStore>().Path));
        services.AddHostedService<FirmwareChangesLoop>();
        services.AddSingleton<FeedbackContextBuilder>();
        services.AddSingleton<MakerHealth>();
        return builder;
    }
}
