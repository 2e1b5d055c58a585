using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice.Timers;

/// <summary>builder.AddVoiceTimers(): spoken timers kept in hub.db and carried out while the hub runs (options under <c>Voice:Timers</c>).</summary>
internal static class VoiceTimersHostingExtensions
{
    public static IHostApplicationBuilder AddVoiceTimers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<VoiceTimersOptions>().BindConfiguration(VoiceTimersOptionsValidator.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<VoiceTimersOptions>, VoiceTimersOptionsValidator>();
        builder.Services.AddSingleton(sp => VoiceTimerStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        builder.Services.AddSingleton(sp => new VoiceTimers(sp.GetRequiredService<VoiceTimerStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<VoiceTimersOptions>>().Value));
        builder.Services.AddHostedService<VoiceTimerService>();
        return builder;
    }
}
