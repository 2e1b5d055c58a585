namespace AiotHub.Automation.Automations.Actions;

/// <summary>Puts an <c>automation-notification</c> event on the home's stream, which the app shows.</summary>
public sealed record NotifyAction(string Path, string Message, string? Title, string Level) : AutomationAction(Path)
{
    public override string Kind => "notify";
}
