namespace AiotHub.Automation.Scenes;

/// <summary>What a client sends to create or replace a scene; <see cref="Id"/> only on create (else derived from the name).</summary>
public sealed record SceneDefinition(string? Id, string Name, string? Icon, IReadOnlyList<SceneStep> Steps);
