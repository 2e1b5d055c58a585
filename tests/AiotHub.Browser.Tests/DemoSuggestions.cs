using System.Net.Http.Json;
using System.Text.Json;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The demo home's suggestions as its hub serves them (GET …/suggestions): waiting for the first mining pass after
/// start, reading one, and finding the one the Done-when walk accepts (an automation a sensor's reading starts).
/// </summary>
internal static class DemoSuggestions
{
    public static readonly TimeSpan MiningWait = TimeSpan.FromSeconds(120);

    /// <summary>The open suggestions once there are at least <paramref name="atLeast"/>, newest evidence first (the API's order).</summary>
    public static async Task<IReadOnlyList<DemoSuggestion>> WaitForOpenAsync(DemoHomeHub demo, int atLeast, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MiningWait);
        var last = "";
        try
        {
            while (true)
            {
                var page = await demo.Owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/suggestions?status=open&limit=100", timeout.Token);
                last = page.GetRawText();
                var items = page.GetProperty("items").EnumerateArray().Select(i => new DemoSuggestion(i.Clone())).ToList();
                if (items.Count >= atLeast)
                    return items;
                await Task.Delay(500, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The demo home had fewer than {atLeast} open suggestions {MiningWait.TotalSeconds} s after start; the hub answered {last}");
        }
    }

    public static async Task<JsonElement> GetAsync(DemoHomeHub demo, string id, CancellationToken cancellationToken) =>
        await demo.Owner.GetFromJsonAsync<JsonElement>($"/api/v1/homes/home/suggestions/{Uri.EscapeDataString(id)}", cancellationToken);

    /// <summary>
    /// The suggestion the Done-when walk accepts: a linkage started by a device's reading, one without conditions first
    /// (the demo plants the TV playing → the curtain closed, which runs at any hour; the front door → the ceiling light
    /// holds only after sunset), else another automation a reading starts (the demo's correction of
    /// motion-night-light); null when there is none.
    /// </summary>
    public static DemoSuggestion? WalkSuggestion(IEnumerable<DemoSuggestion> open) =>
        open.Where(s => SensorTrigger(s) is not null)
            .OrderBy(s => s.Kind == "linkage" ? (HasConditions(s) ? 1 : 0) : 2)
            .FirstOrDefault();

    /// <summary>Whether the suggested automation has conditions that may not hold at the hour the test runs.</summary>
    public static bool HasConditions(DemoSuggestion s) =>
        s.Automation is { } a && a.TryGetProperty("conditions", out var conditions) && conditions.GetArrayLength() > 0;

    /// <summary>The suggested automation's first property trigger with a value to become (`to`), or null.</summary>
    public static JsonElement? SensorTrigger(DemoSuggestion s) =>
        s.Automation is { } a && a.GetProperty("triggers").EnumerateArray()
            .FirstOrDefault(t => t.GetProperty("kind").GetString() == "property" && t.TryGetProperty("to", out _) && t.TryGetProperty("property", out _)) is { ValueKind: JsonValueKind.Object } trigger
            ? trigger
            : null;
}

/// <summary>One suggestion of the API, with the figures the page words.</summary>
internal sealed record DemoSuggestion(JsonElement Json)
{
    public string Id => Json.GetProperty("id").GetString()!;

    public string Kind => Json.GetProperty("kind").GetString()!;

    public JsonElement? Automation => Json.GetProperty("automation").ValueKind == JsonValueKind.Object ? Json.GetProperty("automation") : null;

    public JsonElement? Scene => Json.GetProperty("scene").ValueKind == JsonValueKind.Object ? Json.GetProperty("scene") : null;

    public int Support => Json.GetProperty("support").GetInt32();

    public int Occurrences => Json.GetProperty("occurrences").GetArrayLength();

    public int Runs => Json.GetProperty("replay").GetProperty("runs").GetInt32();

    public int Matched => Json.GetProperty("replay").GetProperty("matched").GetInt32();

    /// <summary>How many log entries the newest occurrence names.</summary>
    public int NewestActivityIds => Json.GetProperty("occurrences").EnumerateArray()
        .OrderByDescending(o => o.GetProperty("time").GetDateTimeOffset()).First().GetProperty("activityIds").GetArrayLength();
}
