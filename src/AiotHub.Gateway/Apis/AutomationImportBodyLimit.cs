using AiotHub.Automation.Automations;

namespace AiotHub.Gateway.Apis;

/// <summary>Endpoint metadata: this endpoint's body may be as large as Automations:Limits:ImportBytes (an import of a whole home).</summary>
internal sealed class AutomationImportBodyLimit
{
    public static readonly AutomationImportBodyLimit Instance = new();

    public static readonly string Setting = AutomationLimits.Key(nameof(AutomationLimits.ImportBytes));

    private AutomationImportBodyLimit()
    {
    }
}
