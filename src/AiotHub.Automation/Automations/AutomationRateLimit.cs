namespace AiotHub.Automation.Automations;

/// <summary>At most <paramref name="Runs"/> runs start in any window of <paramref name="Per"/>; the rest are traced as rate-limited.</summary>
public sealed record AutomationRateLimit(int Runs, TimeSpan Per);
