using System.Threading.RateLimiting;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Persistence;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Devices;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// builder.AddAutomations(): the "Automations" options and "Automations:Limits" (checked at start), the catalog, the home
/// modes and the engine over hub.db, the engine's start and stop with the hub, and the per-hook
/// rate limit of POST /api/v1/hooks/{hookId}. Call after AddScenes.
/// </summary>
internal static class AutomationsHostingExtensions
{
    /// <summary>The rate limiter policy of the webhook endpoint: a token bucket per hook id.</summary>
    public const string HookRateLimitPolicy = "hooks";

    public static IHostApplicationBuilder AddAutomations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AutomationsOptions>().BindConfiguration(AutomationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // The limits are bound once, into the type the engine and the catalog use, and checked at start (docs/automations.md "Limits").
        services.AddOptions<AutomationLimits>().BindConfiguration(AutomationLimits.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AutomationLimits>, AutomationLimitsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AutomationsOptions>>().Value.ToEngineOptions();
            options.Limits = sp.GetRequiredService<IOptions<AutomationLimits>>().Value;
            return options;
        });
        services.AddSingleton(sp =>
        {
            var devices = sp.GetRequiredService<IOptions<DevicesOptions>>().Value;
            var logger = sp.GetRequiredService<ILogger<AutomationEngine>>();
            return AutomationStore.Open(sp.GetRequiredService<DeviceStore>().Path, new AutomationStoreOptions
            {
                WriteBehindInterval = devices.WriteBehindInterval,
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
                OnError = e => AutomationsLog.StoreFailed(logger, e),
            });
        });
        services.AddSingleton(sp => HomeModeStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp => new AutomationCatalog(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneCatalog>(),
            sp.GetRequiredService<AutomationStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AutomationEngineOptions>()));
        services.AddSingleton(sp => new HomeModes(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<HomeModeStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AutomationEngine(sp.GetRequiredService<AutomationCatalog>(), sp.GetRequiredService<SceneRunner>(),
            sp.GetRequiredService<HomeModes>(), sp.GetRequiredService<AutomationStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AutomationEngineOptions>()));
        services.AddHostedService<AutomationEngineHost>();
        services.AddSingleton<AutomationMemoryTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<AutomationMemoryTrim>());

        var options = builder.Configuration.GetSection(AutomationsOptions.SectionName).Get<AutomationsOptions>() ?? new AutomationsOptions();
        var api = builder.Configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        services.AddRateLimiter(limiter => limiter.AddPolicy(HookRateLimitPolicy, context => !api.Enabled
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : RateLimitPartition.GetTokenBucketLimiter("hook:" + context.GetRouteValue("hookId"), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, options.HookBurst),
                TokensPerPeriod = Math.Max(1, options.HookPerMinute),
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            })));
        return builder;
    }
}
