using System.ComponentModel.DataAnnotations;

namespace AiotHub.Gateway.Events;

/// <summary>
/// The gateway's own part of the "Events" section: the streams' heartbeat. The feed's part (BufferCapacity, BufferAge,
/// SubscriberCapacity) is bound straight into <see cref="AiotHub.Core.Events.HomeEventFeedOptions"/>.
/// </summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>An idle SSE stream sends a comment this often so proxies and phones keep it open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Events:HeartbeatInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
