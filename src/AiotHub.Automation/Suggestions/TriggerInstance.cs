namespace AiotHub.Automation.Suggestions;

/// <summary>One time a <see cref="MinedTrigger"/> happened (<see cref="Trigger"/> indexes the history's triggers).</summary>
internal readonly record struct TriggerInstance(int Trigger, long Id, DateTimeOffset Time);
