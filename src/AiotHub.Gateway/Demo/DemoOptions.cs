namespace AiotHub.Gateway.Demo;

/// <summary>Demo — the simulated home that `--demo` starts inside the hub.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Set by the `--demo` switch (or Demo:Enabled=true).</summary>
    public bool Enabled { get; set; }

    /// <summary>The scenario: rooms, devices and a timeline (simulators/README.md). Default: the shipped demo home.</summary>
    public string Scenario { get; set; } = Path.Combine("demo", "home.json");
}
