using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// One page of a list (docs/api.md "Lists"): the items, the cursor of the next page (null on the
/// last page; always written, so an app can test it) and how many items the whole list holds.
/// </summary>
internal sealed record Page<T>(
    IReadOnlyList<T> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor,
    int Total);
