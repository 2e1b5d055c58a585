using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// builder.AddFeedback(): the <see cref="DeviceHealthReader"/> (the rollout engine's command threshold and the makers'
/// health view) and feedback from homes to makers (docs/ota.md "Feedback from homes").
/// </summary>
internal static class FeedbackHostingExtensions
{
    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeviceHealthReader>();
        return builder;
    }
}
