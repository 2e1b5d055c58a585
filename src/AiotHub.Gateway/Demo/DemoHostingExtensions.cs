namespace AiotHub.Gateway.Demo;

/// <summary>builder.AddDemo(): the `--demo` switch and the simulated home it starts. Call after AddDevices.</summary>
internal static class DemoHostingExtensions
{
    private const string Switch = "--demo";

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
        builder.Services.AddSingleton<DemoHome>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoHome>());
        return builder;
    }
}
