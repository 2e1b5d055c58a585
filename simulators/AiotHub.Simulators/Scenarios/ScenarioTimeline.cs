using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Scenarios;

/// <summary>
/// Plays a scenario's timeline against the fleet's devices: each step once its offset has passed
/// (then again every <see cref="SimulationScenario.Loop"/>), and a fault with a duration is undone
/// when it ends. Driven by the fleet tick.
/// </summary>
public sealed class ScenarioTimeline(SimulationScenario scenario, Func<string, SimulatedDevice?> findDevice, Action<string>? log = null)
{
    private readonly List<(TimeSpan Due, Action Run)> _reverts = [];
    private int _next;
    private TimeSpan _cycleStart;

    /// <summary>Steps run so far (over all loops).</summary>
    public int StepsRun { get; private set; }

    public void Run(TimeSpan elapsed)
    {
        var steps = scenario.Timeline;
        while (true)
        {
            if (_next < steps.Count && _cycleStart + steps[_next].At <= elapsed)
            {
                Execute(steps[_next], _cycleStart + steps[_next].At);
                _next++;
                StepsRun++;
            }
            else if (_next >= steps.Count && steps.Count > 0 && scenario.Loop is { } loop && _cycleStart + loop <= elapsed)
            {
                _cycleStart += loop;
                _next = 0;
            }
            else
            {
                break;
            }
        }

        for (var i = _reverts.Count - 1; i >= 0; i--)
        {
            if (_reverts[i].Due <= elapsed)
            {
                var run = _reverts[i].Run;
                _reverts.RemoveAt(i);
                run();
            }
        }
    }

    private void Execute(ScenarioStep step, TimeSpan at)
    {
        if (findDevice(step.Device) is not { } device)
            return;
        switch (step.Kind)
        {
            case ScenarioStepKind.Set:
                foreach (var member in step.Values.EnumerateObject())
                {
                    if (device.SetLocally(member.Name, member.Value) is { } problem)
                        log?.Invoke($"{step.Path}: {problem}");
                }

                break;
            case ScenarioStepKind.Event:
                var dot = step.Event!.IndexOf('.', StringComparison.Ordinal);
                var args = step.Args.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? step.Args.EnumerateObject().Select(m => new KeyValuePair<string, object>(m.Name, ScenarioChecker.ToValue(m.Value))).ToList()
                    : [];
                device.Emit(step.Event[..dot], step.Event[(dot + 1)..], args);
                break;
            case ScenarioStepKind.Say:
                if (!device.Say(step.Text!, step.Language, step.Confidence))
                    log?.Invoke($"{step.Path}: {step.Device} does not listen");
                break;
            case ScenarioStepKind.Fault:
                Inject(device, step, at);
                break;
        }
    }

    private void Inject(SimulatedDevice device, ScenarioStep step, TimeSpan at)
    {
        var faults = device.Faults;
        device.Apply(_ =>
        {
            switch (step.Fault)
            {
                case "offline":
                    device.GoOffline(step.Duration ?? TimeSpan.FromSeconds(30));
                    break;
                case "drop-acks":
                    faults.DropAckProbability = step.Probability;
                    Revert(step, at, () => faults.DropAckProbability = 0);
                    break;
                case "delay-acks":
                    faults.AckDelay = step.Delay;
                    Revert(step, at, () => faults.AckDelay = TimeSpan.Zero);
                    break;
                case "out-of-range":
                    faults.ReportOutOfRangeOnce();
                    break;
                case "malformed":
                    faults.SendMalformedOnce();
                    break;
                case "clear":
                    faults.Clear();
                    break;
            }
        });
        void Revert(ScenarioStep s, TimeSpan start, Action undo)
        {
            if (s.Duration is { } duration)
                _reverts.Add((start + duration, () => device.Apply(_ => undo())));
        }
    }
}
