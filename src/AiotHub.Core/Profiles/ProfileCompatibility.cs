using System.Globalization;

namespace AiotHub.Core.Profiles;

/// <summary>
/// Compares two versions of a model: what the new one removes or narrows. Adding members, widening
/// a range or adding list values is compatible; everything a device or an app relied on before must
/// still be there with at least the same values, access and arguments.
/// </summary>
public static class ProfileCompatibility
{
    public static IReadOnlyList<ProfileChange> FindBreakingChanges(DeviceProfile previous, DeviceProfile next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        var changes = new List<ProfileChange>();
        foreach (var service in previous.Services)
        {
            var nextService = next.FindService(service.Name);
            foreach (var property in service.Properties)
            {
                var member = $"{service.Name}.{property.Name}";
                if (nextService?.FindProperty(property.Name) is not { } nextProperty)
                {
                    changes.Add(new ProfileChange(member, "removed"));
                    continue;
                }

                var lost = property.Access & ~nextProperty.Access;
                if (lost != PropertyAccess.None)
                {
                    changes.Add(new ProfileChange(member, $"access no longer includes {lost.ToString().ToLowerInvariant()}"));
                }

                CompareValues(member, property.Value, nextProperty.Value, changes);
            }

            foreach (var action in service.Actions)
            {
                var member = $"{service.Name}.{action.Name}";
                if (nextService?.FindAction(action.Name) is not { } nextAction)
                {
                    changes.Add(new ProfileChange(member, "removed"));
                    continue;
                }

                foreach (var argument in action.In)
                {
                    if (nextAction.In.FirstOrDefault(a => a.Name == argument.Name) is not { } nextArgument)
                    {
                        changes.Add(new ProfileChange($"{member}({argument.Name})", "argument removed"));
                        continue;
                    }

                    CompareValues($"{member}({argument.Name})", argument.Value, nextArgument.Value, changes);
                }

                foreach (var added in nextAction.In.Where(a => !a.Optional && action.In.All(p => p.Name != a.Name)))
                {
                    changes.Add(new ProfileChange($"{member}({added.Name})", "new required argument"));
                }
            }

            foreach (var @event in service.Events)
            {
                if (nextService?.FindEvent(@event.Name) is null)
                {
                    changes.Add(new ProfileChange($"{service.Name}.{@event.Name}", "removed"));
                }
            }
        }

        return changes;
    }

    private static void CompareValues(string member, ProfileValueSpec previous, ProfileValueSpec next, List<ProfileChange> changes)
    {
        if (previous.Format != next.Format)
        {
            changes.Add(new ProfileChange(member, $"format changed from {Name(previous.Format)} to {Name(next.Format)}"));
            return;
        }

        if (previous.Range is { } range)
        {
            if (next.Range is not { } nextRange)
            {
                if (next.List is not null)
                {
                    changes.Add(new ProfileChange(member, "value-range replaced by a value-list"));
                }
            }
            else if (nextRange.Min > range.Min || nextRange.Max < range.Max || !StepDivides(nextRange, range))
            {
                changes.Add(new ProfileChange(member, string.Create(CultureInfo.InvariantCulture,
                    $"value-range narrowed from [{range.Min}, {range.Max}, {range.Step}] to [{nextRange.Min}, {nextRange.Max}, {nextRange.Step}]")));
            }
        }

        if (previous.List is { } list)
        {
            var removed = list.Where(item => next.List is { } nextList ? nextList.All(n => n.Value != item.Value) : !InRange(next.Range, item.Value)).ToList();
            if (removed.Count > 0)
            {
                changes.Add(new ProfileChange(member, $"value-list no longer has {string.Join(", ", removed.Select(r => r.Value.ToString(CultureInfo.InvariantCulture)))}"));
            }
        }

        if (previous.Format == PropertyFormat.String && next.EffectiveMaxLength < previous.EffectiveMaxLength)
        {
            changes.Add(new ProfileChange(member, $"max-length reduced from {previous.EffectiveMaxLength} to {next.EffectiveMaxLength}"));
        }
    }

    // Every value the old range allowed (old.Min + k·old.Step) is still on the new grid.
    private static bool StepDivides(ValueRange next, ValueRange previous)
    {
        var offset = (previous.Min - next.Min) / next.Step;
        var ratio = previous.Step / next.Step;
        return IsWhole(offset) && IsWhole(ratio);
    }

    private static bool InRange(ValueRange? range, long value) =>
        range is not null && value >= range.Min && value <= range.Max && IsWhole((value - range.Min) / range.Step);

    private static bool IsWhole(double x) => Math.Abs(x - Math.Round(x)) < 1e-9;

    private static string Name(PropertyFormat format) => format.ToString().ToLowerInvariant();
}
