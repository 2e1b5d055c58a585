using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AiotHub.Core.Events;

/// <summary>
/// Event types are the <see cref="HomeEventData"/> records: a record's type name is its
/// <see cref="HomeEventTypeAttribute"/>, and the list of all types is the records found in the assemblies
/// that raise events (Core here; the gateway's HomeEventCatalog adds Automation's) — adding a record is
/// the only step. The streams' ?types= filter, the OpenAPI enum and the web app's event-types.js follow.
/// </summary>
public static partial class HomeEventTypes
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>The wire name of a record type; throws for a type that is not a named <see cref="HomeEventData"/> record.</summary>
    public static string Of(Type record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Names.TryGetValue(record, out var name) ? name : Names.GetOrAdd(record, Read(record));
    }

    public static string Of<T>()
        where T : HomeEventData => Of(typeof(T));

    /// <summary>The event records (non-abstract <see cref="HomeEventData"/> types) of these assemblies, by wire name; throws if two share a name.</summary>
    [RequiresUnreferencedCode("Reads every type of the assemblies: call it where they are not trimmed (the gateway, tests).")]
    public static IReadOnlyList<Type> In(params IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var records = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(HomeEventData)) && !t.IsAbstract)
            .OrderBy(Of, StringComparer.Ordinal)
            .ToList();
        if (records.GroupBy(Of, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"event type '{twice.Key}' is named by more than one record: {string.Join(", ", twice)}");
        return records;
    }

    private static string Read(Type record)
    {
        if (!record.IsSubclassOf(typeof(HomeEventData)) || record.IsAbstract)
            throw new ArgumentException($"{record} is not an event record (a sealed HomeEventData)", nameof(record));
        if (!record.IsSealed)
            throw new InvalidOperationException($"{record} is an event record and must be sealed: one record, one type");
        var name = record.GetCustomAttribute<HomeEventTypeAttribute>()?.Name
            ?? throw new InvalidOperationException($"{record} has no [HomeEventType(\"…\")]");
        if (!WireName().IsMatch(name))
            throw new InvalidOperationException($"{record}'s event type '{name}' is not lower-case words joined by hyphens");
        return name;
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex WireName();
}
