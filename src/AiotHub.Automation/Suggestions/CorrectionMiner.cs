using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Corrections: an automation sets something and the person sets it back within
/// <see cref="MiningThresholds.UndoWindow"/>, repeatedly (at least <see cref="MiningThresholds.MinUndoShare"/> of its
/// runs). Suggested: a condition that leaves out most undone runs and under which few runs were undone (the sun, a mode, a time window),
/// or — when the person always sets another value of a number or a list (not off) — that value instead.
/// </summary>
internal static class CorrectionMiner
{
    private static readonly string[] DefinitionFields = ["id", "name", "description", "enabled", "mode", "max", "rateLimit", "triggers", "conditions", "actions"];

    public static IEnumerable<Candidate> Mine(MiningHistory history, CancellationToken cancellationToken)
    {
        var definitions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var automation in history.Input.Automations)
        {
            var body = ExistingRules.Definition(automation);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                definitions.TryAdd(id.GetString()!, body);
        }

        foreach (var group in history.Effects.GroupBy(e => (e.AutomationId, e.DeviceId, e.Member, e.Value)).OrderBy(g => g.Key.AutomationId, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.DeviceId, StringComparer.Ordinal).ThenBy(g => g.Key.Member, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!definitions.TryGetValue(group.Key.AutomationId, out var definition))
                continue;
            // A run that changed nothing (the light was on already) cannot be undone: when the log has the reports of
            // what the automation changed, those are its runs.
            var runs = group.Any(e => e.Reported) ? group.Where(e => e.Reported).ToList() : group.ToList();
            var undone = runs.Where(r => r.UndoneBy is not null).ToList();
            if ((double)undone.Count / runs.Count < MiningThresholds.MinUndoShare || !MiningRules.Enough(history, undone.Select(u => u.UndoneBy!.Time).ToList()))
                continue;
            var candidate = WithCondition(history, definition, runs, undone) ?? WithValue(history, definition, runs, undone);
            if (candidate is not null)
                yield return candidate;
        }
    }

    private static Candidate? WithCondition(MiningHistory history, JsonElement definition, List<AutomationEffect> runs, List<AutomationEffect> undone)
    {
        var kept = runs.Where(r => r.UndoneBy is null).ToList();
        if (kept.Count == 0)
            return null;
        var conditions = new List<LinkCondition>();
        if (history.HasLocation)
            conditions.AddRange([new LinkCondition(LinkConditionKind.Night), new LinkCondition(LinkConditionKind.Day)]);
        conditions.AddRange(kept.Select(r => history.ModeAt(r.Time)).Distinct().Order(StringComparer.Ordinal).Select(m => new LinkCondition(LinkConditionKind.Mode, m)));
        if (LinkageMiner.TimeWindow(kept.Select(r => history.Local(r.Time)).Select(t => (t.Hour * 60) + t.Minute).ToList()) is { } window)
            conditions.Add(window);

        // The condition must leave out most of the undone runs, and under it the runs must mostly be kept.
        LinkCondition? chosen = null;
        var (best, bestAvoided) = (0.0, 0.0);
        foreach (var condition in conditions)
        {
            var inside = runs.Where(r => condition.Holds(history, r.Time)).ToList();
            var avoided = (double)undone.Count(r => !condition.Holds(history, r.Time)) / undone.Count;
            var undoneInside = inside.Count == 0 ? 1 : (double)inside.Count(r => r.UndoneBy is not null) / inside.Count;
            var score = avoided - undoneInside;
            if (inside.Count >= MiningThresholds.MinOccurrences && avoided >= MiningThresholds.MinConditionCoverage
                && undoneInside <= MiningThresholds.MaxUndoneUnderCondition && score > best + 0.05)
                (chosen, best, bestAvoided) = (condition, score, avoided);
        }

        if (chosen is null)
            return null;
        var id = definition.GetProperty("id").GetString()!;
        var name = Name(definition, id);
        var changed = SuggestionJson.Write(writer => Rewrite(writer, definition, chosen, null));
        var words = SuggestionWords.Condition(chosen);
        var title = new SuggestionText($"Run “{name}” only {words.En}", $"让“{name}”仅在{words.Zh}执行");
        var weeks = SuggestionWords.Weeks(history);
        var explanation = new SuggestionText(
            $"In the last {weeks} weeks you undid “{name}” within {MiningThresholds.UndoWindow.TotalMinutes:0} minutes {undone.Count} of the {runs.Count} times it ran; {SuggestionWords.Percent(bestAvoided)} of those were not {words.En}.",
            $"过去{weeks}周里，“{name}”执行了{runs.Count}次，其中{undone.Count}次在{MiningThresholds.UndoWindow.TotalMinutes:0}分钟内被您手动撤销；这些撤销中{SuggestionWords.Percent(bestAvoided)}不在{words.Zh}。");
        var wouldRun = runs.Where(r => chosen.Holds(history, r.Time)).ToList();
        var replay = new SuggestionReplay(history.From, history.To, wouldRun.Count, wouldRun.Count(r => r.UndoneBy is null), kept.Count(r => !chosen.Holds(history, r.Time)));
        return Correction(id, $"condition|{chosen.Key}", title, explanation, changed, undone, bestAvoided, replay);
    }

    private static Candidate? WithValue(MiningHistory history, JsonElement definition, List<AutomationEffect> runs, List<AutomationEffect> undone)
    {
        var effect = runs[0];
        var device = history.Devices[effect.DeviceId];
        var dot = effect.Member.IndexOf('.', StringComparison.Ordinal);
        var property = device.Profile.FindProperty(effect.Member[..dot], effect.Member[(dot + 1)..]);
        if (property is null || property.Value.Format == Core.Profiles.PropertyFormat.Bool)
            return null;
        var top = undone.GroupBy(u => u.UndoneBy!.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var share = (double)top.Count() / undone.Count;
        if (share < MiningThresholds.MinConditionCoverage)
            return null;
        var value = top.First().UndoneBy!;
        var id = definition.GetProperty("id").GetString()!;
        var name = Name(definition, id);
        var changed = SuggestionJson.Write(writer => Rewrite(writer, definition, null, (effect.DeviceId, effect.Member, value.Value)));
        var what = SuggestionWords.Effect(history, value);
        var weeks = SuggestionWords.Weeks(history);
        var title = new SuggestionText($"Change “{name}” to {what.En}", $"将“{name}”改为{what.Zh}");
        var explanation = new SuggestionText(
            $"In the last {weeks} weeks, {top.Count()} of the {runs.Count} times “{name}” ran, you changed it within {MiningThresholds.UndoWindow.TotalMinutes:0} minutes: {what.En}.",
            $"过去{weeks}周里，“{name}”执行了{runs.Count}次，其中{top.Count()}次您在{MiningThresholds.UndoWindow.TotalMinutes:0}分钟内手动{what.Zh}。");
        var replay = new SuggestionReplay(history.From, history.To, runs.Count, top.Count(), undone.Count - top.Count());
        return Correction(id, $"value|{effect.DeviceId}|{effect.Member}|{value.Value}", title, explanation, changed, [.. top], share, replay);
    }

    private static Candidate Correction(string id, string what, SuggestionText title, SuggestionText explanation, JsonElement changed, List<AutomationEffect> undone, double confidence, SuggestionReplay replay)
    {
        var key = SuggestionKeys.Make("fix", $"{id}|{what}");
        var suggestion = new Suggestion(key, SuggestionKind.Correction, title, explanation, changed, null, id, undone.Count, Math.Round(confidence, 3),
            [.. undone.Select(u => new SuggestionOccurrence(u.UndoneBy!.Time, [u.Id, u.UndoneBy.Id]))], replay);
        return new Candidate(suggestion, new HashSet<string>(StringComparer.Ordinal), undone.Select(u => u.UndoneBy!.Id).ToHashSet());
    }

    private static string Name(JsonElement definition, string id) =>
        definition.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : id;

    /// <summary>The definition's own fields (not the API's state, version …), with the condition added or the value replaced.</summary>
    private static void Rewrite(Utf8JsonWriter writer, JsonElement definition, LinkCondition? condition, (string DeviceId, string Member, string Value)? value)
    {
        writer.WriteStartObject();
        foreach (var field in DefinitionFields)
        {
            var has = definition.TryGetProperty(field, out var element);
            if (field == "conditions" && condition is not null)
            {
                writer.WriteStartArray("conditions");
                if (has && element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var existing in element.EnumerateArray())
                        existing.WriteTo(writer);
                }

                condition.Write(writer);
                writer.WriteEndArray();
            }
            else if (has && field == "actions" && value is { } replace)
            {
                writer.WritePropertyName(field);
                Replace(writer, element, replace, 0);
            }
            else if (has && element.ValueKind != JsonValueKind.Null)
            {
                writer.WritePropertyName(field);
                element.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Copies <paramref name="element"/>, with the member's value replaced in every set action on the device.</summary>
    private static void Replace(Utf8JsonWriter writer, JsonElement element, (string DeviceId, string Member, string Value) replace, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array when depth < 32:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Replace(writer, item, replace, depth + 1);
                writer.WriteEndArray();
                break;
            case JsonValueKind.Object when depth < 32:
                var isSet = element.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "set"
                    && element.TryGetProperty("deviceId", out var device) && device.ValueKind == JsonValueKind.String && device.GetString() == replace.DeviceId;
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (isSet && property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        writer.WriteStartObject();
                        foreach (var set in property.Value.EnumerateObject())
                        {
                            writer.WritePropertyName(set.Name);
                            if (set.Name == replace.Member)
                                writer.WriteRawValue(replace.Value);
                            else
                                set.Value.WriteTo(writer);
                        }

                        writer.WriteEndObject();
                    }
                    else
                    {
                        Replace(writer, property.Value, replace, depth + 1);
                    }
                }

                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
