namespace AiotHub.Core.Events;

/// <summary>The wire name of a <see cref="HomeEventData"/> record: lower-case words joined by hyphens, never changed once shipped.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HomeEventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
