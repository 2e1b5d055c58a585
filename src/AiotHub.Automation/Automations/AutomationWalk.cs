using AiotHub.Automation.Automations.Actions;

namespace AiotHub.Automation.Automations;

/// <summary>Every action of a definition, nested ones (if/choose branches) included, in document order.</summary>
public static class AutomationWalk
{
    public static IEnumerable<AutomationAction> Actions(IEnumerable<AutomationAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            yield return action;
            var nested = action switch
            {
                IfAction a => a.Then.Concat(a.Else),
                ChooseAction c => c.Options.SelectMany(o => o.Actions).Concat(c.Default),
                _ => [],
            };
            foreach (var inner in Actions(nested))
                yield return inner;
        }
    }
}
