using System.Text.Json;

namespace AiotHub.Core.Events;

/// <summary>property-changed: a device reported a property; the "service.property" key, the value before and after.</summary>
[HomeEventType("property-changed")]
public sealed record PropertyChanged(string Key, JsonElement? Old, JsonElement? New) : HomeEventData;
