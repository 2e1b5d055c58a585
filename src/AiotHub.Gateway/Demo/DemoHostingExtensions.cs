using AiotHub.Automation.Automations;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Demo;

/// <summary>builder.AddDemo(): the `--demo` switch and the simulated home it starts. Call after AddDevices.</summary>
internal static class DemoHostingExtensions
{
    private const string Switch = "--demo";
    internal const double DemoLatitude = 51.4779;
    internal const double DemoLongitude = 0.0015;

    /// <summary>
    /// The command line without `--demo` (which the configuration's command-line parser would
    /// reject as a key without a value), and whether it was there.
    /// </summary>
    public static string[] WithoutDemoSwitch(this string[] args, out bool demo)
    {
        demo = args.Contains(Switch, StringComparer.OrdinalIgnoreCase);
        return demo ? [.. args.Where(a => !a.Equals(Switch, StringComparison.OrdinalIgnoreCase))] : args;
    }

    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder, bool demoSwitch)
    {
        if (demoSwitch)
        {
            builder.Configuration[$"{DemoOptions.SectionName}:{nameof(DemoOptions.Enabled)}"] = "true";
        }

        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        // The demo's sun automations need a place; without one configured the demo home is in Greenwich.
        builder.Services.AddOptions<AutomationEngineOptions>().PostConfigure<IOptions<DemoOptions>>((automations, demo) =>
        {
            if (demo.Value.Enabled && automations.Latitude is null && automations.Longitude is null)
                (automations.Latitude, automations.Longitude) = (DemoLatitude, DemoLongitude);
        });
        builder.Services.AddSingleton<DemoHome>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoHome>());
        return builder;
    }
}
