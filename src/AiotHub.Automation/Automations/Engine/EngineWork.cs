using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>One item on the engine's loop: an event with the triggers it could match, or a barrier that completes when everything before it was handled.</summary>
internal readonly record struct EngineWork(HomeEvent? Event, TriggerRef[]? Candidates, TaskCompletionSource? Barrier);
