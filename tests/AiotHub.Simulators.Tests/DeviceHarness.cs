using System.Text.Json;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Tests;

/// <summary>A simulated device on a manual clock, with every message it publishes collected.</summary>
internal sealed class DeviceHarness
{
    public DeviceHarness(string model, Action<SimulatedDeviceOptions>? configure = null, DateTimeOffset? start = null, int seed = 7)
    {
        Clock = new ManualClock(start ?? new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var options = new SimulatedDeviceOptions { Latency = TimeSpan.FromMilliseconds(100), Rate = 0 };
        configure?.Invoke(options);
        Device = new SimulatedDevice("dev-1", TestProfiles.Load(model), options, Clock, seed);
        Device.Attach(Messages.Add);
    }

    public ManualClock Clock { get; }

    public SimulatedDevice Device { get; }

    public List<DeviceMessage> Messages { get; } = [];

    public void Command(string kind, string json) => Device.HandleCommand(kind, System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Moves time in steps of <paramref name="step"/>, ticking the device after each.</summary>
    public void Run(TimeSpan total, TimeSpan step, Action? afterTick = null)
    {
        for (var t = TimeSpan.Zero; t < total; t += step)
        {
            Clock.Advance(step);
            Device.Tick();
            afterTick?.Invoke();
        }
    }

    public List<JsonElement> Payloads(string subtopic) =>
        Messages.Where(m => m.Subtopic == subtopic).Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();

    public JsonElement SingleReply()
    {
        var replies = Payloads("reply");
        Assert.Single(replies);
        return replies[0];
    }
}
