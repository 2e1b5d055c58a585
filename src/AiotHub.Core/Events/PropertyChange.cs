using System.Text.Json;

namespace AiotHub.Core.Events;

/// <summary>Data of property-changed and desired-changed: the "service.property" key, the value before and after.</summary>
public sealed record PropertyChange(string Key, JsonElement? Old, JsonElement? New, string? CommandId = null);
