using System.Text.Json;

namespace AiotHub.Automation.Automations.Triggers;

/// <summary>
/// A reported property changed. With none of From/To/Above/Below: any change of value. With
/// From/To: the old/new value equals. With Above/Below: the new value entered the range
/// (Above &lt; v &lt; Below) from outside it — a threshold crossing, not every report inside it.
/// With For: the matching state must hold that long (the timer is kept across a restart).
/// Value-list properties accept the item's description ("Playing") in From/To; the reader
/// stores the value. "tv" triggers are read into this type with <see cref="Label"/> "tv".
/// </summary>
public sealed record PropertyTrigger(
    string Path,
    string? Id,
    string DeviceId,
    string Property,
    JsonElement? From,
    JsonElement? To,
    double? Above,
    double? Below,
    TimeSpan? For,
    string Label = "property") : AutomationTrigger(Path, Id)
{
    public override string Kind => Label;
}
