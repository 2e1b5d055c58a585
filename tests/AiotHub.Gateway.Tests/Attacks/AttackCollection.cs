namespace AiotHub.Gateway.Tests.Attacks;

/// <summary>The attack classes run one after another: each starts real hub processes and network namespaces.</summary>
[CollectionDefinition(Name)]
public sealed class AttackCollection
{
    public const string Name = "attacks";
}
