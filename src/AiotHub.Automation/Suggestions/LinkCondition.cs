using System.Text.Json;

namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A condition the miner may add: the sun down (after sunset, before sunrise) or up, a home mode, or a time window
/// (<see cref="After"/> to <see cref="Before"/>, minutes of the day; may cross midnight); and possibly a second one
/// (<see cref="And"/>: after sunset while the home is in home mode).
/// </summary>
internal sealed record LinkCondition(LinkConditionKind Kind, string? Mode = null, int After = 0, int Before = 0, LinkCondition? And = null)
{
    public static readonly LinkCondition None = new(LinkConditionKind.None);

    public string Key => (Kind switch
    {
        LinkConditionKind.Mode => "mode-" + Mode,
        _ => Kind.ToString().ToLowerInvariant(),
    }) + (And is null ? "" : "+" + And.Key);

    public bool Holds(MiningHistory history, DateTimeOffset time) => Kind switch
    {
        LinkConditionKind.Night => history.IsNight(time),
        LinkConditionKind.Day => !history.IsNight(time),
        LinkConditionKind.Mode => history.ModeAt(time) == Mode,
        LinkConditionKind.TimeWindow => InWindow(history.Local(time)),
        _ => true,
    } && (And is null || And.Holds(history, time));

    /// <summary>The condition in the automation format; nothing for <see cref="LinkConditionKind.None"/>.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case LinkConditionKind.Night:
                writer.WriteStartObject();
                writer.WriteString("kind", "sun");
                writer.WriteString("after", "sunset");
                writer.WriteString("before", "sunrise");
                writer.WriteEndObject();
                break;
            case LinkConditionKind.Day:
                writer.WriteStartObject();
                writer.WriteString("kind", "sun");
                writer.WriteString("after", "sunrise");
                writer.WriteString("before", "sunset");
                writer.WriteEndObject();
                break;
            case LinkConditionKind.Mode:
                writer.WriteStartObject();
                writer.WriteString("kind", "mode");
                writer.WriteStartArray("in");
                writer.WriteStringValue(Mode);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case LinkConditionKind.TimeWindow:
                writer.WriteStartObject();
                writer.WriteString("kind", "time");
                writer.WriteString("after", SuggestionWords.Clock(After));
                writer.WriteString("before", SuggestionWords.Clock(Before));
                writer.WriteEndObject();
                break;
        }

        And?.Write(writer);
    }

    private bool InWindow(DateTime local)
    {
        var minute = (local.Hour * 60) + local.Minute;
        return After <= Before ? minute >= After && minute < Before : minute >= After || minute < Before;
    }
}
