namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Where the engine gets what it runs: every home's runnable automations, and whether an automation
/// still exists (to tell a delete, whose runs go, from a disable). The catalog in the hub; records built
/// in C# in the engine's tests.
/// </summary>
internal sealed class AutomationSource(Func<IReadOnlyList<RunnableAutomation>> listRunnable, Func<string, string, bool> exists)
{
    public IReadOnlyList<RunnableAutomation> ListRunnable() => listRunnable();

    public bool Exists(string homeId, string automationId) => exists(homeId, automationId);

    public static AutomationSource From(AutomationCatalog catalog) =>
        new(catalog.ListRunnable, (homeId, automationId) => catalog.Find(homeId, automationId) is not null);
}
