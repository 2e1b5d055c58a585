using System.Text.Json;

namespace AiotHub.Automation.Automations.Conditions;

/// <summary>A device's reported property compared: equals / notEquals / in (any of) / above / below (numbers, exclusive). A property never reported is false.</summary>
public sealed record PropertyCondition(
    string Path,
    string DeviceId,
    string Property,
    JsonElement? EqualTo,
    JsonElement? NotEqualTo,
    IReadOnlyList<JsonElement>? In,
    double? Above,
    double? Below) : AutomationCondition(Path)
{
    public override string Kind => "property";
}
