namespace AiotHub.Mqtt.Tests.Routing;

/// <summary>A subscriber identified by reference, as the broker's sessions are.</summary>
internal sealed class TestSubscriber(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
